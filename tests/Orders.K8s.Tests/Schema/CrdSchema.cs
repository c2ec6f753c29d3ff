using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Schema;

/// <summary>
/// One served version of a CustomResourceDefinition as a JSON Schema, read as the API server reads it with
/// strict field validation (`kubectl apply --validate=strict`): an unknown field is an error, not pruned.
/// CEL rules (x-kubernetes-validations) are not JSON Schema and are not checked here.
/// </summary>
public sealed class CrdSchema(string crdPath, string version, string owner)
{
    private readonly Lazy<JsonSchema> _schema = new(() => Load(crdPath, version));

    /// <summary>Returns one line per error: the instance location, then the reason.</summary>
    public IReadOnlyList<string> Validate(JsonObject resource)
    {
        var instance = JsonDocument.Parse(resource.ToJsonString()).RootElement;
        var results = _schema.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return new[] { results }.Concat(results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {Reason(error.Key, error.Value)}"))
            .Distinct()
            .ToList();
    }

    // additionalProperties: false reports an unknown field as a failed `false` schema, with no keyword.
    private string Reason(string keyword, string message) =>
        keyword.Length == 0 ? $"unknown field: {owner} does not define it (check its spelling and place)" : $"{keyword}: {message}";

    private static JsonSchema Load(string crdPath, string version)
    {
        var crd = YamlToJson.ConvertAll(File.ReadAllText(crdPath)).OfType<JsonObject>().Single();
        var served = (crd["spec"]?["versions"] as JsonArray)?.SingleOrDefault(v => v?["name"]?.ToString() == version);
        var schema = served?["schema"]?["openAPIV3Schema"] as JsonObject
            ?? throw new InvalidDataException($"{crdPath} has no {version} openAPIV3Schema.");
        CloseObjects(schema);
        // OpenAPI's x-kubernetes-* extensions are not JSON Schema keywords: allowed, and ignored.
        var dialect = Dialect.Draft202012.With([], allowUnknownKeywords: true);
        return JsonSchema.FromText(
            schema.ToJsonString(),
            new BuildOptions { Dialect = dialect },
            new Uri($"https://orders.local/schemas/{crd["spec"]?["group"]}/{crd["spec"]?["names"]?["singular"]}/{version}"));
    }

    /// <summary>
    /// Structural schemas list their fields in `properties` and the API server prunes or (strict) rejects any
    /// other; JSON Schema allows them unless told. So every object with properties, no additionalProperties and
    /// no x-kubernetes-preserve-unknown-fields gets additionalProperties: false.
    /// </summary>
    private static void CloseObjects(JsonNode? node)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                CloseObjects(item);
            }

            return;
        }

        if (node is not JsonObject schema)
        {
            return;
        }

        if (schema["properties"] is JsonObject properties)
        {
            if (!schema.ContainsKey("additionalProperties") && !schema.ContainsKey("x-kubernetes-preserve-unknown-fields"))
            {
                schema["additionalProperties"] = false;
            }

            foreach (var (_, child) in properties)
            {
                CloseObjects(child);
            }
        }

        foreach (var keyword in new[] { "items", "additionalProperties", "anyOf", "allOf", "oneOf" })
        {
            if (schema[keyword] is JsonNode child and not JsonValue)
            {
                CloseObjects(child);
            }
        }
    }
}
