using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Deploy;

/// <summary>The fields of an object a CRD's structural schema would prune or refuse: a property it does not declare
/// (where it neither preserves unknown fields nor takes a free-form map) or a value outside its enum.</summary>
public static class CrdSchema
{
    public static IEnumerable<string> Unsupported(YamlNode value, JsonElement schema, string path)
    {
        if (schema.TryGetProperty("x-kubernetes-preserve-unknown-fields", out var preserve) && preserve.ValueKind == JsonValueKind.True)
        {
            yield break;
        }
        switch (value)
        {
            case YamlMappingNode map when schema.TryGetProperty("properties", out var properties):
                foreach (var (key, child) in map.Children)
                {
                    var name = ((YamlScalarNode)key).Value!;
                    var field = path.Length == 0 ? name : path + "." + name;
                    if (path.Length == 0 && name is "apiVersion" or "kind" or "metadata" or "status")
                    {
                        continue;
                    }
                    if (!properties.TryGetProperty(name, out var childSchema))
                    {
                        yield return field;
                        continue;
                    }
                    foreach (var unsupported in Unsupported(child, childSchema, field))
                    {
                        yield return unsupported;
                    }
                }
                break;
            case YamlSequenceNode sequence when schema.TryGetProperty("items", out var items):
                foreach (var item in sequence)
                {
                    foreach (var unsupported in Unsupported(item, items, path + "[]"))
                    {
                        yield return unsupported;
                    }
                }
                break;
            case YamlScalarNode scalar when schema.TryGetProperty("enum", out var allowed)
                && !allowed.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String && a.GetString() == scalar.Value):
                yield return $"{path}: {scalar.Value}";
                break;
        }
    }
}
