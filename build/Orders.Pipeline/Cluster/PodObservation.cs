using System.Text.Json;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Cluster;

/// <summary>One pod in one <c>kubectl get pods -o json</c>: when its PodScheduled and Ready conditions last
/// turned True (null while not True), and its containers' restarts.</summary>
public sealed record PodObservation(string Name, DateTimeOffset? Scheduled, DateTimeOffset? Ready, int Restarts)
{
    /// <summary>The pods in <paramref name="json"/>, what <paramref name="call"/> printed; empty, truncated or
    /// foreign output is a <see cref="ToolOutputException"/> naming the command, as for every tool read.</summary>
    public static IReadOnlyList<PodObservation> Parse(ToolCall call, string json) => ToolOutput.ParseJson(call, json, Read);

    private static List<PodObservation> Read(JsonElement root)
    {
        var pods = new List<PodObservation>();
        foreach (var item in root.GetProperty("items").EnumerateArray())
        {
            var name = item.GetProperty("metadata").GetProperty("name").GetString() ?? "";
            var status = item.TryGetProperty("status", out var s) ? s : default;
            var restarts = status.ValueKind == JsonValueKind.Object && status.TryGetProperty("containerStatuses", out var containers)
                ? containers.EnumerateArray().Sum(c => c.TryGetProperty("restartCount", out var r) ? r.GetInt32() : 0)
                : 0;
            pods.Add(new PodObservation(name, TrueSince(status, "PodScheduled"), TrueSince(status, "Ready"), restarts));
        }
        return pods;
    }

    private static DateTimeOffset? TrueSince(JsonElement status, string type)
    {
        if (status.ValueKind != JsonValueKind.Object || !status.TryGetProperty("conditions", out var conditions))
        {
            return null;
        }
        var condition = conditions.EnumerateArray().FirstOrDefault(c => c.GetProperty("type").GetString() == type);
        return condition.ValueKind == JsonValueKind.Object && condition.GetProperty("status").GetString() == "True"
            && condition.TryGetProperty("lastTransitionTime", out var at) && at.TryGetDateTimeOffset(out var time)
            ? time
            : null;
    }
}
