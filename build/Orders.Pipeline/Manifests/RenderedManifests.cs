using Orders.Pipeline.Cluster;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Manifests;

/// <summary>
/// The names and the port the cluster verbs need, read from the rendered manifests instead of restated: the
/// ScaledObject, the Deployment it scales, the Service's port, and KEDA's HPA (keda-hpa-&lt;ScaledObject&gt;
/// unless the ScaledObject names it under advanced.horizontalPodAutoscalerConfig.name).
/// </summary>
public sealed record RenderedManifests(string ScaledObject, string Deployment, string Hpa, int ServicePort, string Yaml)
{
    public static RenderedManifests Read(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{source}:{e.Start.Line}: not valid YAML: {e.Message}", e);
        }
        var scaledObject = stream.Documents.Select(d => d.RootNode as YamlMappingNode)
            .FirstOrDefault(n => Scalar(n, "kind") == "ScaledObject")
            ?? throw new InvalidDataException($"{source}: no ScaledObject found: the manifests must hold the ScaledObject that scales the app.");
        var name = Scalar(Map(scaledObject, "metadata"), "name") ?? throw new InvalidDataException($"{source}:{scaledObject.Start.Line}: the ScaledObject has no metadata.name.");
        var spec = Map(scaledObject, "spec");
        var deployment = Scalar(Map(spec, "scaleTargetRef"), "name") ?? throw new InvalidDataException($"{source}:{scaledObject.Start.Line}: ScaledObject '{name}' has no spec.scaleTargetRef.name.");
        var hpa = Scalar(Map(Map(spec, "advanced"), "horizontalPodAutoscalerConfig"), "name") ?? "keda-hpa-" + name;
        return new RenderedManifests(name, deployment, hpa, ServicePortReader.Read(yaml, source, deployment), yaml);
    }

    private static YamlMappingNode? Map(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(key, out var child) ? child as YamlMappingNode : null;

    private static string? Scalar(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(key, out var child) ? (child as YamlScalarNode)?.Value : null;
}
