
namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// Finds the <c>prometheus</c> binary. When it is missing and we are root on a machine with apt-get (a fresh
/// Debian, CI), installs Debian's package, saying so; anywhere else prints the install command for the
/// platform and stops: the run makes no numbers up without a real Prometheus.
/// </summary>
public static class PrometheusInstaller
{
    public const string AptCommand = "apt-get install -y --no-install-recommends prometheus";

    public static async Task<string> EnsureAsync(string? explicitPath, CancellationToken cancellationToken)
    {
        if (explicitPath is not null)
        {
            return File.Exists(explicitPath)
                ? explicitPath
                : throw new FileNotFoundException($"--prometheus-binary '{explicitPath}' does not exist.");
        }
        if (ExecutableLookup.FindOnPath("prometheus") is { } found)
        {
            return found;
        }
        var apt = ExecutableLookup.FindOnPath("apt-get");
        if (OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess && apt is not null)
        {
            Console.WriteLine($"prometheus is not on PATH: installing Debian's package ({AptCommand}).");
            var env = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
            await Check(await Runner.RunAsync(new ToolCall(apt, ["update", "-qq"], TimeSpan.FromMinutes(10)) { Environment = env }, cancellationToken), "apt-get update");
            await Check(await Runner.RunAsync(new ToolCall(apt, ["install", "-y", "--no-install-recommends", "prometheus"], TimeSpan.FromMinutes(15)) { Environment = env }, cancellationToken), AptCommand);
            await StopPackagedServiceAsync(cancellationToken);
            return ExecutableLookup.FindOnPath("prometheus")
                ?? throw new InvalidOperationException("apt-get installed prometheus but it is still not on PATH (Debian puts it in /usr/bin): check PATH.");
        }
        throw new InvalidOperationException("prometheus is not on PATH, and this run does not make numbers up without it. Install it: " + InstallHint());
    }

    /// <summary>
    /// On a host run by systemd, Debian's package starts prometheus.service on :9090 with /etc's config, which
    /// would take Local's default port and scrape nothing of ours. We installed it only for its binary, so
    /// the service we just brought is stopped and disabled (bounded; a container without systemd has none).
    /// </summary>
    private static async Task StopPackagedServiceAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists("/run/systemd/system") || ExecutableLookup.FindOnPath("systemctl") is not { } systemctl)
        {
            return;
        }
        Console.WriteLine("Debian's package started prometheus.service: stopping and disabling it (Local runs its own Prometheus).");
        var exitCode = (await Runner.RunAsync(new ToolCall(systemctl, ["disable", "--now", "prometheus"], TimeSpan.FromMinutes(1)), cancellationToken)).ExitCode;
        if (exitCode != 0)
        {
            Console.WriteLine($"'systemctl disable --now prometheus' exited {exitCode}: if port 9090 is busy, stop that service or pass --prometheus-port.");
        }
    }

    /// <summary>promtool, which ships with Prometheus: beside <paramref name="prometheusBinary"/> (as Debian
    /// installs both in /usr/bin), else on PATH.</summary>
    public static string Promtool(string prometheusBinary) =>
        Path.Combine(Path.GetDirectoryName(prometheusBinary) ?? "", "promtool") is var beside && File.Exists(beside)
            ? beside
            : ExecutableLookup.FindOnPath("promtool") ?? throw new InvalidOperationException("promtool is not on PATH: it ships with Prometheus; install it: " + InstallHint());

    public static string InstallHint() =>
        OperatingSystem.IsLinux() ? $"sudo {AptCommand} (Debian/Ubuntu), or put a prometheus binary on PATH."
        : OperatingSystem.IsMacOS() ? "brew install prometheus"
        : "choco install prometheus (or put prometheus.exe on PATH).";

    private static readonly ProcessRunner Runner = new(Console.Out);

    private static Task Check(ToolResult result, string what) => Check(result.ExitCode, what);

    private static Task Check(int exitCode, string what) =>
        exitCode == 0 ? Task.CompletedTask : throw new InvalidOperationException($"'{what}' failed with exit code {exitCode}; install prometheus by hand: {InstallHint()}");
}
