using System.Globalization;
using System.Text;

namespace Orders.Pipeline.Tests.Replay.Tool;

/// <summary>
/// A recording that is not this project's: a queue's backlog, <c>jobs_waiting{queue="checkout"}</c>, sampled every
/// 15 s from <see cref="Base"/> (a whole hour three hours ago): 0 until 300 s, 120 from 300 s, 0 again from 900 s,
/// and no sample after 1485 s (the exporter went away), so from about 1785 s (5 minutes of lookback later) the
/// query is empty. Beside it <c>orders_pending{queue="checkout"}</c>: 0, then 80 from 300 s to 900 s, 0 until 2400 s.
/// <see cref="ScaledObject"/> scales a worker on the backlog, with a custom behaviour and a fallback;
/// <see cref="TwoTriggerScaledObject"/> scales an API on both, from zero.
/// </summary>
internal static class CheckoutRecording
{
    public static readonly DateTimeOffset Base = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 3600 * 3600 - 3 * 3600);

    public const int LastSample = 1485;

    public static string Time(int seconds) => Base.AddSeconds(seconds).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string OpenMetrics()
    {
        var text = new StringBuilder("# HELP jobs_waiting Jobs in the queue.\n# TYPE jobs_waiting gauge\n");
        for (var t = 0; t <= LastSample; t += 15)
        {
            text.Append(CultureInfo.InvariantCulture, $"jobs_waiting{{queue=\"checkout\"}} {(t is >= 300 and < 900 ? 120 : 0)} {Base.AddSeconds(t).ToUnixTimeSeconds()}\n");
        }
        text.Append("# HELP orders_pending Orders not yet confirmed.\n# TYPE orders_pending gauge\n");
        for (var t = 0; t <= 2400; t += 15)
        {
            text.Append(CultureInfo.InvariantCulture, $"orders_pending{{queue=\"checkout\"}} {(t is >= 300 and < 900 ? 80 : 0)} {Base.AddSeconds(t).ToUnixTimeSeconds()}\n");
        }
        return text.Append("# EOF\n").ToString();
    }

    /// <summary>Threshold 20 (120 asks for 6); up one pod per 15 s; down after a 60 s window; fallback 3 replicas
    /// after 3 failed reads (ignoreNullValues false: an empty result is a failure).</summary>
    public static string ScaledObject(string name = "checkout-worker", int scaleUpPeriod = 15) => $"""
        apiVersion: keda.sh/v1alpha1
        kind: ScaledObject
        metadata:
          name: {name}
          namespace: shop
        spec:
          scaleTargetRef:
            name: checkout-worker
          minReplicaCount: 1
          maxReplicaCount: 10
          fallback:
            failureThreshold: 3
            replicas: 3
          advanced:
            horizontalPodAutoscalerConfig:
              behavior:
                scaleUp:
                  stabilizationWindowSeconds: 0
                  policies:
                    - type: Pods
                      value: 1
                      periodSeconds: {scaleUpPeriod}
                scaleDown:
                  stabilizationWindowSeconds: 60
                  policies:
                    - type: Percent
                      value: 100
                      periodSeconds: 15
          triggers:
            - type: prometheus
              metadata:
                serverAddress: http://prometheus.monitoring:9090
                query: sum(jobs_waiting{"{"}queue="checkout"{"}"})
                threshold: "20"
                ignoreNullValues: "false"
        """;

    /// <summary>Two triggers (the backlog over 20 asks for 6, pending orders over 10 for 8: the HPA takes 8),
    /// minReplicaCount 0 with activationThreshold 5 on each: at 0 replicas while both read 0.</summary>
    public const string TwoTriggerScaledObject = """
        apiVersion: keda.sh/v1alpha1
        kind: ScaledObject
        metadata:
          name: checkout-api
        spec:
          scaleTargetRef:
            name: checkout-api
          minReplicaCount: 0
          maxReplicaCount: 10
          advanced:
            horizontalPodAutoscalerConfig:
              behavior:
                scaleUp:
                  stabilizationWindowSeconds: 0
                  policies:
                    - type: Pods
                      value: 1
                      periodSeconds: 15
          triggers:
            - type: prometheus
              name: backlog
              metadata:
                serverAddress: http://prometheus.monitoring:9090
                query: sum(jobs_waiting{queue="checkout"})
                threshold: "20"
                activationThreshold: "5"
            - type: prometheus
              name: pending
              metadata:
                serverAddress: http://prometheus.monitoring:9090
                query: sum(orders_pending{queue="checkout"})
                threshold: "10"
                activationThreshold: "5"
        """;
}
