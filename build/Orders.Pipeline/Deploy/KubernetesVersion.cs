using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Deploy;

/// <summary>The server's version from <c>kubectl version</c>'s "Server Version: v1.31.0" line. The manifests
/// need 1.30: native sidecars (1.29) and the preStop sleep action (1.30).</summary>
public static partial class KubernetesVersion
{
    public static readonly Version Required = new(1, 30);

    /// <summary>The "Server Version: ..." line, or a placeholder when kubectl printed none.</summary>
    public static string ServerLine(string kubectlVersionOutput) =>
        kubectlVersionOutput.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("Server Version", StringComparison.Ordinal))
        ?? "Server Version: not reported";

    public static Version? Parse(string serverLine)
    {
        var match = MajorMinor().Match(serverLine);
        return match.Success
            ? new Version(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>The cluster's major.minor as <c>kubectl version</c> reports it, or null when the cluster does not
    /// answer or reports none (the caller says what it uses instead).</summary>
    public static async Task<Version?> ReadAsync(IProcessRunner runner, ClusterSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return Parse(await ReadServerLineAsync(runner, settings, cancellationToken));
        }
        catch (ToolFailedException)
        {
            return null;
        }
    }

    /// <summary>The cluster's "Server Version: ..." line: the one <c>kubectl version</c> call the pipeline makes.
    /// Throws <see cref="ToolFailedException"/> when the cluster does not answer, for callers that report why.</summary>
    public static async Task<string> ReadServerLineAsync(IProcessRunner runner, ClusterSettings settings, CancellationToken cancellationToken)
    {
        var version = await runner.RunCheckedAsync(
            Kubectl.Call(settings, TimeSpan.FromSeconds(30), ["version", "--request-timeout=15s"], null) with { CaptureOutput = true }, cancellationToken);
        return ServerLine(version.StandardOutput);
    }

    [GeneratedRegex(@"v(\d+)\.(\d+)")]
    private static partial Regex MajorMinor();
}
