using Orders.Pipeline.Yaml;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Manifests;

/// <summary>
/// The output of <c>kubectl kustomize</c> (see <see cref="ManifestRenderer"/>), parsed once: every verb reads the
/// Deployment, Service, ScaledObject or NetworkPolicy it needs from these documents instead of parsing the text
/// again. Lookups that find nothing are errors naming the source and what to render.
/// </summary>
public sealed class RenderedManifests
{
    private RenderedManifests(string source, IReadOnlyList<YamlMappingNode> documents)
    {
        Source = source;
        Documents = documents;
    }

    /// <summary>Where the text came from (<c>kubectl kustomize k8s/base</c>, a file): every error names it.</summary>
    public string Source { get; }

    public IReadOnlyList<YamlMappingNode> Documents { get; }

    public static RenderedManifests Read(string yaml, string source) => new(source, YamlNodes.Load(yaml, source));

    public IEnumerable<YamlMappingNode> OfKind(string kind) => Documents.Where(d => d.Scalar("kind") == kind);

    public IEnumerable<YamlMappingNode> ScaledObjects => OfKind("ScaledObject");

    public IEnumerable<YamlMappingNode> NetworkPolicies => OfKind("NetworkPolicy");

    /// <summary>The first Deployment: the pod a local run starts comes from it.</summary>
    public YamlMappingNode Deployment() => OfKind("Deployment").FirstOrDefault()
        ?? throw new InvalidDataException($"{Source}: no Deployment found: the pod to run comes from it.");

    /// <summary>The port a Service exposes, so a port-forward goes where the manifests say instead of a guessed
    /// 80: the port named <c>http</c> wins; a Service with one port needs no name.</summary>
    public int ServicePort(string serviceName)
    {
        var service = OfKind("Service").FirstOrDefault(n => n.Map("metadata").Scalar("name") == serviceName)
            ?? throw new InvalidDataException($"{Source}: no Service '{serviceName}' found; pass --app-url, or render manifests that hold the Service next to the ScaledObject.");
        var ports = service.Map("spec").Seq("ports").ToList();
        var port = ports.FirstOrDefault(x => x.Scalar("name") == "http") ?? (ports.Count == 1 ? ports[0] : null);
        return port is not null && int.TryParse(port.Scalar("port"), out var number) && number is > 0 and < 65536
            ? number
            : throw new InvalidDataException($"{Source}:{service.Start.Line}: Service '{serviceName}' has no port named 'http' (or a single port) with a valid spec.ports[].port; fix the Service or pass --app-url.");
    }
}
