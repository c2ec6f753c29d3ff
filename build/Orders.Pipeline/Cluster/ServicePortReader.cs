using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// Reads the port a Service exposes from the rendered manifests, so the port-forward goes where the
/// manifests say (8181 today) instead of a guessed 80. The port named <c>http</c> wins; a Service with one
/// port needs no name.
/// </summary>
public static class ServicePortReader
{
    public static int Read(string yaml, string source, string serviceName)
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
        var service = stream.Documents.Select(d => d.RootNode as YamlMappingNode)
            .FirstOrDefault(n => n is not null && Scalar(n, "kind") == "Service" && Scalar(Map(n, "metadata"), "name") == serviceName)
            ?? throw new InvalidDataException($"{source}: no Service '{serviceName}' found; pass --app-url, or render manifests that hold the Service next to the ScaledObject.");
        var ports = (Map(service, "spec")?.Children.TryGetValue("ports", out var p) == true ? p as YamlSequenceNode : null)?
            .Children.OfType<YamlMappingNode>().ToList() ?? [];
        var port = ports.FirstOrDefault(x => Scalar(x, "name") == "http") ?? (ports.Count == 1 ? ports[0] : null);
        return port is not null && int.TryParse(Scalar(port, "port"), out var number) && number is > 0 and < 65536
            ? number
            : throw new InvalidDataException($"{source}:{service.Start.Line}: Service '{serviceName}' has no port named 'http' (or a single port) with a valid spec.ports[].port; fix the Service or pass --app-url.");
    }

    private static YamlMappingNode? Map(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(key, out var child) ? child as YamlMappingNode : null;

    private static string? Scalar(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(key, out var child) ? (child as YamlScalarNode)?.Value : null;
}
