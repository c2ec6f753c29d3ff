using System.Text.Json;
using Json.Schema;

namespace Orders.EntryPoints.Tests.Infrastructure;

/// <summary>
/// SchemaStore's GitHub workflow schema (TestData/github-workflow.json, draft-07; TestData/README.md says where
/// it came from), checked with JsonSchema.Net, the library the k8s tests check KEDA's CRD with.
/// </summary>
public static class WorkflowSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "github-workflow.json"))));

    /// <summary>One line per error: where in the workflow, then the failed keyword and its message.</summary>
    public static IReadOnlyList<string> Validate(Workflow workflow)
    {
        var instance = JsonDocument.Parse(workflow.Root.ToJsonString()).RootElement;
        var results = Schema.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }
        return new[] { results }.Concat(results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {(error.Key.Length == 0 ? "not allowed here (unknown key?)" : $"{error.Key}: {error.Value}")}"))
            .Distinct()
            .ToList();
    }
}
