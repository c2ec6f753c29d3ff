using System.Diagnostics;
using System.Text;

namespace Orders.Build.Tests.Infrastructure;

/// <summary>Runs ./build.sh in a workspace as a process with a chosen PATH and environment, bounded in time
/// (the whole process tree is killed on timeout), capturing stdout and stderr together.</summary>
public static class BuildScript
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    public static async Task<BuildRun> RunAsync(string workspace, string path, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("/bin/bash")
        {
            WorkingDirectory = workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(System.IO.Path.Combine(workspace, "build.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["PATH"] = path;
        start.Environment["NO_COLOR"] = "1";
        foreach (var name in new[] { "REGISTRY_USERNAME", "REGISTRY_PASSWORD" }.Concat(start.Environment.Keys.Where(k => k.StartsWith("ORDERS_", StringComparison.Ordinal)).ToList()))
        {
            start.Environment.Remove(name); // the developer's own settings must not leak into the run under test
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = new StringBuilder();
        var gate = new object();
        process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (gate) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (gate) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancellation = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"./build.sh {string.Join(' ', arguments)} did not finish within {Timeout}; output so far:\n{output}");
        }
        process.WaitForExit(); // drains the redirected streams
        lock (gate)
        {
            return new BuildRun(process.ExitCode, output.ToString());
        }
    }
}
