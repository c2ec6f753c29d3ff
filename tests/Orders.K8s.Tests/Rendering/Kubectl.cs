using System.Diagnostics;

namespace Orders.K8s.Tests.Rendering;

/// <summary>
/// Runs `kubectl kustomize`, which renders a kustomization offline (no cluster, no kube context).
/// Bounded by a timeout; the process tree is killed when it runs over.
/// </summary>
public static class Kubectl
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly Lazy<string?> Executable = new(FindOnPath);

    public static bool IsOnPath => Executable.Value is not null;

    public const string MissingMessage =
        "kubectl is not on PATH: these tests render k8s/ with `kubectl kustomize` (offline, no cluster needed). "
        + "Install the kubectl client (e.g. `apt-get install kubectl` from the Kubernetes apt repository) to run them.";

    /// <summary>Renders the kustomization in <paramref name="directory"/> and returns the YAML stream.</summary>
    public static string Kustomize(string directory)
    {
        var executable = Executable.Value ?? throw new InvalidOperationException(MissingMessage);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(directory);

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {executable}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"`kubectl kustomize {directory}` ran over {Timeout.TotalSeconds} s and was killed; "
                + "it needs no network, so look for a remote resource in the kustomization.");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`kubectl kustomize {directory}` failed with exit code {process.ExitCode}: {stderr.Result.Trim()}");
        }

        return stdout.Result;
    }

    private static string? FindOnPath()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "kubectl.exe" } : new[] { "kubectl" };
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }
}
