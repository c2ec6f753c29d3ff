using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;
using Orders.Pipeline.Yaml;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// Reads the Deployment's pods (its selector's matchLabels, from the manifests) with one
/// <c>kubectl get pods -o json</c> per sample, with a timeout, into a <see cref="PodTracker"/>. A failed read is
/// skipped: the next sample reads them again.
/// </summary>
public sealed class KubectlPods(ClusterOptions options, string selector, IProcessRunner runner)
{
    public ToolCall Call => new(options.Kubectl,
        ["get", "pods", "--selector", selector, "--namespace", options.Namespace,
            .. options.KubeContext is { } context ? ["--context", context] : Array.Empty<string>(), "--output=json"], TimeSpan.FromSeconds(10))
    {
        CaptureOutput = true,
        Quiet = true,
    };

    /// <summary>"app=orders" from the first Deployment's spec.selector.matchLabels.</summary>
    public static string SelectorOf(RenderedManifests manifests)
    {
        var labels = manifests.Deployment().Map("spec").Map("selector").Map("matchLabels")?.Children
            .Select(c => $"{(c.Key as YamlScalarNode)?.Value}={(c.Value as YamlScalarNode)?.Value}").ToList();
        return labels is { Count: > 0 }
            ? string.Join(",", labels)
            : throw new InvalidDataException($"{manifests.Source}: the Deployment has no spec.selector.matchLabels: LoadTest reads its pods by them.");
    }

    public async Task ReadAsync(PodTracker tracker, CancellationToken cancellationToken)
    {
        try
        {
            var result = await runner.RunAsync(Call, cancellationToken);
            if (result.Succeeded)
            {
                tracker.Observe(PodObservation.Parse(Call, result.StandardOutput));
            }
        }
        catch (Exception e) when (e is ToolFailedException or ToolOutputException)
        {
            // A hung API server (the runner killed this kubectl) or an answer cut short: the next sample tries
            // again, as KubectlStatus does; one missed read of the pods must not end the run.
        }
    }
}
