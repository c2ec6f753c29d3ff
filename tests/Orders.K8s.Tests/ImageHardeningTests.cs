using System.Text.RegularExpressions;
using Orders.K8s.Tests.Policies;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests;

/// <summary>
/// What the pod's containers run, read from their Dockerfiles (no Docker engine here). With diagnostics on,
/// the .NET runtime opens an IPC socket in /tmp through which anyone who can write there can dump memory or
/// attach a profiler; both images turn it off.
/// </summary>
[Trait("Category", "Process")]
public sealed partial class ImageHardeningTests
{
    private static readonly Dictionary<string, string> Dockerfiles = new()
    {
        ["orders-app"] = "app/Dockerfile",
        [ExporterContract.ImageName] = "sidecar/Dockerfile",
    };

    [ToolFact("kubectl")]
    public void Every_image_the_pod_runs_disables_the_runtime_diagnostics_socket()
    {
        var images = PodContainers.Of(Assert.Single(Rendered.Base().Deployments)).Select(c => c.Container.Image).ToList();

        Assert.Equal(Dockerfiles.Keys.Order(), images.Order());
        Assert.All(images, image =>
        {
            var dockerfile = Dockerfiles[image];
            var environment = FinalStageEnvironment(File.ReadAllText(RepositoryRoot.Combine(dockerfile)));
            Assert.True(environment.GetValueOrDefault("DOTNET_EnableDiagnostics") == "0",
                $"{dockerfile} (image {image}) must set ENV DOTNET_EnableDiagnostics=0 in its final stage.");
        });
    }

    /// <summary>The ENV key=value pairs after the last FROM, continuation lines joined, comments skipped.</summary>
    private static Dictionary<string, string> FinalStageEnvironment(string dockerfile)
    {
        var instructions = Continuation().Replace(dockerfile, " ")
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        var finalStage = instructions.Skip(instructions.FindLastIndex(i => i.StartsWith("FROM ", StringComparison.OrdinalIgnoreCase)));
        return finalStage
            .Where(i => i.StartsWith("ENV ", StringComparison.OrdinalIgnoreCase))
            .SelectMany(i => Pair().Matches(i[4..]))
            .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value.Trim('"'));
    }

    [GeneratedRegex(@"\\\r?\n(\s*#[^\n]*\n)*")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"(?<key>[A-Za-z_][A-Za-z0-9_]*)=(?<value>""[^""]*""|\S+)")]
    private static partial Regex Pair();
}
