using System.Text.Json;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Images;

/// <summary>What the report says of a built image and what the checks read: size, layers, the user it runs as,
/// its entrypoint and labels, whether a .NET SDK (or any .NET install) is inside, and every file in it, read
/// from the mounted image.</summary>
public sealed record ImageFacts(string Reference, long SizeBytes, int Layers, string User, IReadOnlyList<string> Entrypoint, bool HasSdk, bool HasDotnet,
    IReadOnlyDictionary<string, string> Labels, IReadOnlyList<string> Files)
{
    public static async Task<ImageFacts> ReadAsync(IProcessRunner runner, string reference, CancellationToken cancellationToken)
    {
        var call = new ToolCall("podman", ["image", "inspect", reference], TimeSpan.FromMinutes(1)) { CaptureOutput = true };
        var inspected = (await runner.RunCheckedAsync(call, cancellationToken)).StandardOutput;
        var (size, layers, user, entrypoint) = ReadInspect(call, inspected);
        var labels = ReadLabels(call, inspected);
        var mount = await runner.RunCheckedAsync(new ToolCall("podman", ["image", "mount", reference], TimeSpan.FromMinutes(1)) { CaptureOutput = true }, cancellationToken);
        var path = mount.StandardOutput.Trim();
        try
        {
            return new ImageFacts(
                reference,
                size,
                layers,
                user,
                entrypoint,
                Directory.Exists(Path.Combine(path, "usr/share/dotnet/sdk")),
                Directory.Exists(Path.Combine(path, "usr/share/dotnet")) || File.Exists(Path.Combine(path, "usr/bin/dotnet")),
                labels,
                ImageListing.Read(path));
        }
        finally
        {
            await runner.RunAsync(new ToolCall("podman", ["image", "unmount", reference], TimeSpan.FromMinutes(1)) { CaptureOutput = true }, CancellationToken.None);
        }
    }

    /// <summary>What the checks read of <c>podman image inspect</c>'s answer (a one-element array).</summary>
    internal static (long Size, int Layers, string User, IReadOnlyList<string> Entrypoint) ReadInspect(ToolCall call, string json) =>
        ToolOutput.ParseJson(call, json, root =>
        {
            var image = root[0];
            var config = image.GetProperty("Config");
            var user = config.TryGetProperty("User", out var u) ? u.GetString() ?? "" : "";
            IReadOnlyList<string> entrypoint = config.TryGetProperty("Entrypoint", out var e) && e.ValueKind == JsonValueKind.Array
                ? [.. e.EnumerateArray().Select(x => x.GetString() ?? "")]
                : [];
            return (image.GetProperty("Size").GetInt64(), image.GetProperty("RootFS").GetProperty("Layers").GetArrayLength(), user, entrypoint);
        });

    /// <summary>The image's labels from the same answer (Config.Labels; none is an empty set, not an error).</summary>
    internal static IReadOnlyDictionary<string, string> ReadLabels(ToolCall call, string json) =>
        ToolOutput.ParseJson(call, json, root =>
        {
            var config = root[0].GetProperty("Config");
            return config.TryGetProperty("Labels", out var labels) && labels.ValueKind == JsonValueKind.Object
                ? labels.EnumerateObject().ToDictionary(l => l.Name, l => l.Value.GetString() ?? "", StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
        });

    /// <summary>Root unless the image names another user: an empty User runs as root.</summary>
    public bool RunsAsRoot => User.Split(':')[0] is "" or "0" or "root";

    /// <summary>An exec-form entrypoint that is not a shell: the container starts without /bin/sh.</summary>
    public bool StartsWithoutShell => Entrypoint.Count > 0 && Path.GetFileName(Entrypoint[0]) is not ("sh" or "bash" or "dash");
}
