using System.Text.Json.Nodes;
using k8s.Models;

namespace Orders.K8s.Tests.Policies;

/// <summary>Names objects and values the same way in every violation message.</summary>
public static class Describe
{
    public static string Object(V1Deployment deployment) => $"Deployment {deployment.Metadata?.Name}";

    public static string Object(V1Service service) => $"Service {service.Metadata?.Name}";

    public static string Object(V1NetworkPolicy policy) => $"NetworkPolicy {policy.Metadata?.Name}";

    public static string Object(V1PodDisruptionBudget budget) => $"PodDisruptionBudget {budget.Metadata?.Name}";

    public static string Object(JsonObject scaledObject) => $"ScaledObject {scaledObject["metadata"]?["name"]}";

    public static string Value(object? value) => value switch
    {
        null => "(unset)",
        string text => $"\"{text}\"",
        bool flag => flag ? "true" : "false",
        JsonNode node => node.ToJsonString(),
        IDictionary<string, string> labels => "{" + string.Join(", ", labels.OrderBy(l => l.Key).Select(l => $"{l.Key}: {l.Value}")) + "}",
        _ => value.ToString() ?? "(unset)",
    };
}
