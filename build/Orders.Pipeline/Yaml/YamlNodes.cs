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

    /// <summary>The child of a mapping under <paramref name="key"/>, of type <typeparamref name="T"/>, or an error
    /// naming the file and the key, for files the pipeline ships (so the fix is to restore the file).</summary>
    public static T Required<T>(this YamlNode? node, string key, string source, string where) where T : YamlNode =>
        node.Child(key) as T ?? throw new InvalidDataException($"{source}: no `{key}` {where}: restore the file from git.");

    /// <summary>One node as a YAML document after <paramref name="header"/> (comment lines, or empty), without the
    /// "..." document-end marker YamlDotNet writes, so the file reads like the ones in k8s/.</summary>
    public static string Write(YamlNode node, string header = "")
    {
        using var writer = new StringWriter();
        writer.Write(header);
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal);
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
