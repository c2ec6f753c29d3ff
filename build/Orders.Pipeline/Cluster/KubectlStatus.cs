using System.Text.Json;
using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// Reads the Deployment, KEDA's HPA (keda-hpa-&lt;name&gt;) and the ScaledObject in one
/// <c>kubectl get … -o json</c> call, with a timeout. A failed read becomes a sample with an error, not a
/// failed run: one missed sample out of many does not change the verdict.
/// </summary>
public sealed class KubectlStatus(ClusterOptions options, ScaledWorkload names, IProcessRunner runner, TimeSpan limit)
{
    public KubectlStatus(ClusterOptions options, ScaledWorkload names, IProcessRunner runner)
        : this(options, names, runner, TimeSpan.FromSeconds(10))
    {
    }

    /// <summary>The poll, printed once by the caller rather than every <see cref="ClusterVerb.SampleEvery"/>.</summary>
    public ToolCall Call => new(options.Kubectl,
        ["get", $"deployment/{names.Deployment}", $"hpa/{names.Hpa}", $"scaledobject.keda.sh/{names.ScaledObject}", "--namespace", options.Namespace,
            .. options.KubeContext is { } context ? ["--context", context] : Array.Empty<string>(), "--output=json"], limit)
    {
        CaptureOutput = true,
        Quiet = true,
    };

    public async Task<ClusterSample> ReadAsync(DateTimeOffset at, double? queryValue, CancellationToken cancellationToken)
    {
        try
        {
            var result = await runner.RunAsync(Call, cancellationToken);
            return result.Succeeded
                ? Parse(Call, at, result.StandardOutput, queryValue)
                : new ClusterSample(at, null, null, null, null, null, queryValue, result.StandardError.Trim());
        }
        catch (Exception e) when (e is ToolFailedException or ToolOutputException)
        {
            // A hung API server (the runner killed this kubectl) or an answer cut short: the next sample tries again.
            return new ClusterSample(at, null, null, null, null, null, queryValue, $"kubectl: {e.Message}");
        }
    }

    internal static ClusterSample Parse(ToolCall call, DateTimeOffset at, string json, double? queryValue) =>
        ToolOutput.ParseJson(call, json, root => Read(at, root, queryValue));

    private static ClusterSample Read(DateTimeOffset at, JsonElement root, double? queryValue)
    {
        int? ready = null, current = null, desired = null;
        string? soReady = null, soActive = null, soFallback = null;
        foreach (var item in root.GetProperty("items").EnumerateArray())
        {
            var status = item.TryGetProperty("status", out var s) ? s : default;
            switch (item.GetProperty("kind").GetString())
            {
                case "Deployment":
                    ready = Int(status, "readyReplicas") ?? 0;
                    break;
                case "HorizontalPodAutoscaler":
                    current = Int(status, "currentReplicas");
                    desired = Int(status, "desiredReplicas");
                    break;
                case "ScaledObject":
                    soReady = Condition(status, "Ready");
                    soActive = Condition(status, "Active");
                    soFallback = Condition(status, "Fallback");
                    break;
            }
        }
        return new ClusterSample(at, ready, current, desired, soReady, soActive, queryValue, null, soFallback);
    }

    /// <summary>A ScaledObject's Ready condition (status, message) from <c>kubectl get scaledobject -o json</c>.</summary>
    internal static (string? Status, string? Message) ReadyCondition(ToolCall call, string scaledObjectJson) =>
        ToolOutput.ParseJson(call, scaledObjectJson, root =>
        {
            var status = root.TryGetProperty("status", out var s) ? s : default;
            var ready = ConditionElement(status, "Ready");
            return ready is { } c
                ? (c.GetProperty("status").GetString(), c.TryGetProperty("message", out var m) ? m.GetString() : null)
                : ((string?)null, (string?)null);
        });

    private static int? Int(JsonElement status, string name) =>
        status.ValueKind == JsonValueKind.Object && status.TryGetProperty(name, out var v) && v.TryGetInt32(out var i) ? i : null;

    private static string? Condition(JsonElement status, string type) => ConditionElement(status, type)?.GetProperty("status").GetString();

    private static JsonElement? ConditionElement(JsonElement status, string type) =>
        status.ValueKind == JsonValueKind.Object && status.TryGetProperty("conditions", out var conditions)
            ? conditions.EnumerateArray().Where(c => c.GetProperty("type").GetString() == type).Cast<JsonElement?>().FirstOrDefault()
            : null;
}
