using System.Diagnostics;
using System.Text.Json;
using Orders.Pipeline.Deploy;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// Reads the Deployment, KEDA's HPA (keda-hpa-&lt;name&gt;) and the ScaledObject in one
/// <c>kubectl get … -o json</c> call, with a timeout. A failed read becomes a sample with an error, not a
/// failed run: one missed sample out of many does not change the verdict.
/// </summary>
public sealed class KubectlStatus(ClusterOptions options, RenderedManifests names, TimeSpan limit)
{
    public KubectlStatus(ClusterOptions options, RenderedManifests names)
        : this(options, names, TimeSpan.FromSeconds(10))
    {
    }

    public async Task<ClusterSample> ReadAsync(DateTimeOffset at, double? queryValue, CancellationToken cancellationToken)
    {
        var args = new List<string>();
        if (options.KubeContext is { } context)
        {
            args.AddRange(["--context", context]);
        }
        args.AddRange(["-n", options.Namespace, "get", $"deployment/{names.Deployment}", $"hpa/{names.Hpa}", $"scaledobject.keda.sh/{names.ScaledObject}", "-o", "json"]);
        var start = new ProcessStartInfo(options.Kubectl, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process? process = null;
        try
        {
            process = Process.Start(start)!;
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(limit);
            var stdout = process.StandardOutput.ReadToEndAsync(deadline.Token);
            var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                // A hung API server must not leave one kubectl behind per sample.
                process.Kill(entireProcessTree: true);
                throw;
            }
            return process.ExitCode == 0
                ? Parse(at, await stdout, queryValue)
                : new ClusterSample(at, null, null, null, null, null, queryValue, (await stderr).Trim());
        }
        catch (Exception e) when (e is OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new ClusterSample(at, null, null, null, null, null, queryValue, $"kubectl: {e.Message}");
        }
        finally
        {
            process?.Dispose();
        }
    }

    internal static ClusterSample Parse(DateTimeOffset at, string json, double? queryValue)
    {
        using var document = JsonDocument.Parse(json);
        int? ready = null, current = null, desired = null;
        string? soReady = null, soActive = null;
        foreach (var item in document.RootElement.GetProperty("items").EnumerateArray())
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
                    break;
            }
        }
        return new ClusterSample(at, ready, current, desired, soReady, soActive, queryValue, null);
    }

    /// <summary>A ScaledObject's Ready condition (status, message) from <c>kubectl get scaledobject -o json</c>.</summary>
    internal static (string? Status, string? Message) ReadyCondition(string scaledObjectJson)
    {
        using var document = JsonDocument.Parse(scaledObjectJson);
        var status = document.RootElement.TryGetProperty("status", out var s) ? s : default;
        var ready = ConditionElement(status, "Ready");
        return ready is { } c
            ? (c.GetProperty("status").GetString(), c.TryGetProperty("message", out var m) ? m.GetString() : null)
            : (null, null);
    }

    private static int? Int(JsonElement status, string name) =>
        status.ValueKind == JsonValueKind.Object && status.TryGetProperty(name, out var v) && v.TryGetInt32(out var i) ? i : null;

    private static string? Condition(JsonElement status, string type) => ConditionElement(status, type)?.GetProperty("status").GetString();

    private static JsonElement? ConditionElement(JsonElement status, string type) =>
        status.ValueKind == JsonValueKind.Object && status.TryGetProperty("conditions", out var conditions)
            ? conditions.EnumerateArray().Where(c => c.GetProperty("type").GetString() == type).Cast<JsonElement?>().FirstOrDefault()
            : null;
}
