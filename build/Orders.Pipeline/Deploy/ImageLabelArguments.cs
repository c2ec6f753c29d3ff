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

    public static async Task<IReadOnlyList<string>> ResolveAsync(ClusterSettings settings, IProcessRunner runner, string tag, CancellationToken cancellationToken)
    {
        var arguments = new List<string> { "--build-arg", "SOURCE=" + RepositoryUrl(settings.Root), "--build-arg", "VERSION=" + tag };
        try
        {
            var head = await runner.RunAsync(new ToolCall("git", ["rev-parse", "HEAD"], TimeSpan.FromSeconds(10)) { CaptureOutput = true, WorkingDirectory = settings.Root }, cancellationToken);
            if (head.Succeeded && head.StandardOutput.Trim() is { Length: > 0 } commit)
            {
                arguments.AddRange(["--build-arg", "REVISION=" + commit]);
            }
        }
        catch (ToolFailedException)
        {
            // No git on PATH: a source archive; the label stays empty.
        }
        return arguments;
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
