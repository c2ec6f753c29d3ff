using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Yaml;

/// <summary>The pipeline's one YAML reader: multi-document text loaded with errors naming the source and line,
/// and null-tolerant reads of a mapping, so a missing key is null or empty and optional manifest fields read as
/// they default in Kubernetes.</summary>
public static class YamlNodes
{
    /// <summary>Every document of <paramref name="yaml"/> whose root is a mapping, in order.</summary>
    public static IReadOnlyList<YamlMappingNode> Load(string yaml, string source)
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
        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
    }

    public static YamlNode? Child(this YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(key, out var child) ? child : null;

    public static YamlMappingNode? Map(this YamlNode? node, string key) => node.Child(key) as YamlMappingNode;

    public static string? Scalar(this YamlNode? node, string key) => (node.Child(key) as YamlScalarNode)?.Value;

    public static IEnumerable<YamlMappingNode> Seq(this YamlNode? node, string key) =>
        node.Child(key) is YamlSequenceNode sequence ? sequence.Children.OfType<YamlMappingNode>() : [];

    public static IEnumerable<string> Strings(this YamlNode? node, string key) =>
        node.Child(key) is YamlSequenceNode sequence ? sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "") : [];
}
