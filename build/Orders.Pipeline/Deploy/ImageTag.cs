using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// The tag both images get: --image-tag, else the commit's short SHA, so an image names the code it holds. A tree
/// with uncommitted changes gets <c>&lt;sha&gt;-dirty-&lt;8 hex&gt;</c>, the hex a SHA-256 of the diff against HEAD and of
/// every untracked file: a redeploy after an edit never reuses a tag, so with imagePullPolicy IfNotPresent (k8s/base)
/// no node runs a stale image cached under the same tag, and the same edit rebuilds to the same tag.
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
                return await ChangesHashAsync(settings, runner, cancellationToken) is { } hash ? $"{sha}-dirty-{hash}" : sha;
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

    /// <summary>8 hex of the uncommitted changes, or null for a clean tree.</summary>
    private static async Task<string?> ChangesHashAsync(ClusterSettings settings, IProcessRunner runner, CancellationToken cancellationToken)
    {
        var status = await GitAsync(settings, runner, ["status", "--porcelain", "--untracked-files=all"], cancellationToken);
        if (status.Trim().Length == 0)
        {
            return null;
        }
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(await GitAsync(settings, runner, ["diff", "HEAD", "--binary", "--no-ext-diff"], cancellationToken)));
        var untracked = (await GitAsync(settings, runner, ["ls-files", "--others", "--exclude-standard", "-z"], cancellationToken))
            .Split('\0', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        foreach (var file in untracked)
        {
            sha.AppendData(Encoding.UTF8.GetBytes("\0" + file + "\0"));
            var path = System.IO.Path.Combine(settings.Root, file);
            if (File.Exists(path))
            {
                sha.AppendData(await File.ReadAllBytesAsync(path, cancellationToken));
            }
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..8];
    }

    private static async Task<string> GitAsync(ClusterSettings settings, IProcessRunner runner, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        (await runner.RunCheckedAsync(new ToolCall("git", arguments, TimeSpan.FromSeconds(30)) { CaptureOutput = true, WorkingDirectory = settings.Root }, cancellationToken,
            $"Check the checkout with `git {string.Join(' ', arguments.Take(2))}`, or pass --image-tag.")).StandardOutput;
}
