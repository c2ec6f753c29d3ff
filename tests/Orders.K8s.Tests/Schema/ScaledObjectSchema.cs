using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.TestSupport;

namespace Orders.K8s.Tests.Schema;

/// <summary>
/// Validates ScaledObjects against the openAPIV3Schema of KEDA's CRD, read as the API server reads it with
/// strict field validation (`kubectl apply --validate=strict`): an unknown field is an error, not pruned.
/// The CRD's CEL rule (min <= max) is not JSON Schema; <see cref="Policies.ReplicaBoundsOrdered"/> checks it.
/// </summary>
public static class ScaledObjectSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Returns one line per error: the instance location, then the reason.</summary>
    public static IReadOnlyList<string> Validate(JsonObject scaledObject)
    {
        var instance = JsonDocument.Parse(scaledObject.ToJsonString()).RootElement;
        var results = Schema.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
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
    private static string Reason(string keyword, string message) =>
        keyword.Length == 0 ? "unknown field: KEDA's CRD does not define it (check its spelling and place)" : $"{keyword}: {message}";

    private static JsonSchema Load()
    {
        var crd = YamlToJson.ConvertAll(File.ReadAllText(RepositoryFiles.ScaledObjectCrd)).OfType<JsonObject>().Single();
        var version = (crd["spec"]?["versions"] as JsonArray)?.Single(v => v?["name"]?.ToString() == "v1alpha1");
        var schema = version?["schema"]?["openAPIV3Schema"] as JsonObject
            ?? throw new InvalidDataException($"{RepositoryFiles.ScaledObjectCrd} has no v1alpha1 openAPIV3Schema.");
        CloseObjects(schema);
        // OpenAPI's x-kubernetes-* extensions are not JSON Schema keywords: allowed, and ignored.
        var dialect = Dialect.Draft202012.With([], allowUnknownKeywords: true);
        return JsonSchema.FromText(
            schema.ToJsonString(),
            new BuildOptions { Dialect = dialect },
            new Uri("https://orders.local/schemas/keda.sh/scaledobject"));
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
