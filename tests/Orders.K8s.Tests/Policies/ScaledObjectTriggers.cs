using System.Text.Json.Nodes;

namespace Orders.K8s.Tests.Policies;

/// <summary>A ScaledObject's triggers with their field paths, for the policies that read trigger metadata.</summary>
public static class ScaledObjectTriggers
{
    public static IEnumerable<(JsonObject Metadata, string Path, string? Type)> Of(JsonObject scaledObject)
    {
        var triggers = scaledObject["spec"]?["triggers"] as JsonArray ?? [];
        for (var i = 0; i < triggers.Count; i++)
        {
            var metadata = triggers[i]?["metadata"] as JsonObject ?? [];
            yield return (metadata, $"spec.triggers[{i}].metadata", triggers[i]?["type"]?.ToString());
        }
    }

    public static IEnumerable<(string Query, string Path)> PrometheusQueries(JsonObject scaledObject) =>
        Of(scaledObject)
            .Where(t => t.Type == "prometheus")
            .Select(t => (t.Metadata["query"]?.ToString() ?? string.Empty, $"{t.Path}.query"));
}
