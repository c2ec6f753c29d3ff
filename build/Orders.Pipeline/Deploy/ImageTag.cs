using System.Globalization;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// The tag both images get: --image-tag, else the commit's short SHA, so an image names the code it holds.
/// Outside a git checkout (a source archive) Preflight, the first target of a deploy, picks a UTC timestamp
/// and records it in artifacts/deploy/image-tag, and the targets after it reuse that one, so DockerBuild,
/// DockerPush and Apply agree although each runs as its own process.
/// </summary>
public static class ImageTag
{
    public static async Task<string> ResolveAsync(ClusterSettings settings, IProcessRunner runner, bool startNew, TimeProvider time, CancellationToken cancellationToken)
    {
        if (settings.ImageTag is { } given)
        {
            return given;
        }
        try
        {
            var git = await runner.RunAsync(new ToolCall("git", ["rev-parse", "--short", "HEAD"], TimeSpan.FromSeconds(10))
            {
                CaptureOutput = true,
                WorkingDirectory = settings.Root,
            }, cancellationToken);
            if (git.Succeeded && git.StandardOutput.Trim() is { Length: > 0 } sha)
            {
                return sha;
            }
        }
        catch (ToolFailedException)
        {
            // No git on PATH: a source archive; fall through to the recorded or a new timestamp.
        }
        var recorded = settings.UnderRoot("artifacts/deploy/image-tag");
        if (!startNew && File.Exists(recorded))
        {
            return File.ReadAllText(recorded).Trim();
        }
        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(recorded)!);
        await File.WriteAllTextAsync(recorded, stamp + "\n", cancellationToken);
        return stamp;
    }
}
