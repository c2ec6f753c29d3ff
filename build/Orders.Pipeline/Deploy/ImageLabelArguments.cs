using System.Xml.Linq;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// The --build-arg values behind both Dockerfiles' OCI labels: SOURCE, the repository's URL as
/// Directory.Build.props states it (RepositoryUrl, its one source, which the runbook links also start from);
/// REVISION, the full commit (left out outside git: an image claims no commit it does not know); VERSION, the
/// image tag, which also says when the tree had uncommitted changes (<see cref="ImageTag"/>).
/// </summary>
public static class ImageLabelArguments
{
    public const string PropertiesFile = "Directory.Build.props";

    public const string Source = "SOURCE";
    public const string Revision = "REVISION";
    public const string Version = "VERSION";

    public static async Task<IReadOnlyList<string>> ResolveAsync(ClusterSettings settings, IProcessRunner runner, string tag, CancellationToken cancellationToken) =>
        [.. (await ValuesAsync(settings, runner, tag, cancellationToken)).SelectMany(a => new[] { "--build-arg", $"{a.Key}={a.Value}" })];

    /// <summary>The build arguments by name; the Images target checks the built images' labels against them.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ValuesAsync(ClusterSettings settings, IProcessRunner runner, string tag, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { [Source] = RepositoryUrl(settings.Root), [Version] = tag };
        try
        {
            var head = await runner.RunAsync(new ToolCall("git", ["rev-parse", "HEAD"], TimeSpan.FromSeconds(10)) { CaptureOutput = true, WorkingDirectory = settings.Root }, cancellationToken);
            if (head.Succeeded && head.StandardOutput.Trim() is { Length: > 0 } commit)
            {
                values[Revision] = commit;
            }
        }
        catch (ToolFailedException)
        {
            // No git on PATH: a source archive; the label stays empty.
        }
        return values;
    }

    public static string RepositoryUrl(string root)
    {
        var path = Path.Combine(root, PropertiesFile);
        var url = File.Exists(path)
            ? XDocument.Load(path).Descendants("RepositoryUrl").Select(e => e.Value.Trim()).LastOrDefault()
            : null;
        if (url is not { Length: > 0 })
        {
            throw new InvalidDataException($"{path} sets no RepositoryUrl: the images' org.opencontainers.image.source label is read from it. Restore it from git or set your forge's URL there.");
        }
        // A URL check, so no other text reaches the build's arguments.
        Cli.UrlGrammar.Parse("RepositoryUrl in " + PropertiesFile, url);
        return url;
    }
}
