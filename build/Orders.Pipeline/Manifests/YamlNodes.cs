using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Manifests;

/// <summary>Null-tolerant reads of a YAML mapping: a missing key is null or empty, so optional manifest
/// fields read as they default in Kubernetes.</summary>
internal static class YamlNodes
{
    public static YamlMappingNode? Map(this YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(key, out var child) ? child as YamlMappingNode : null;

    public static string? Scalar(this YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(key, out var child) ? (child as YamlScalarNode)?.Value : null;

    public static IEnumerable<YamlMappingNode> Seq(this YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(key, out var child) && child is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlMappingNode>()
            : [];

    public static IEnumerable<string> Strings(this YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(key, out var child) && child is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")
            : [];
}
