using System.Globalization;

namespace Orders.K8s.Tests.RealPrometheus;

/// <summary>
/// The series kube-state-metrics and KEDA's operator serve about the order pods, which the alerts read
/// (k8s/monitoring/alerting_rules.yml): a pod's readiness (OrdersExporterNotReading), the HPA's maximum
/// (OrdersAtMaxReplicas) and KEDA's query errors (OrdersScaledObjectQueryFailing). The genuine values, as the
/// two stand-ins serve them; impostors serve the same series with values that would silence or fire the alerts.
/// </summary>
public static class AlertInputs
{
    public const string Pod = "orders-7d9c8-abcde";
    public const string Hpa = "keda-hpa-orders";
    public const string ScaledObject = "orders";
    public const string Ready = "1";
    public const string MaxReplicas = "6";
    public const string Errors = "0";

    public static readonly string[] Names = ["kube_pod_container_status_ready", "kube_horizontalpodautoscaler_spec_max_replicas", "keda_scaler_detail_errors_total"];

    public static string KubeStateMetrics(string @namespace) => string.Create(CultureInfo.InvariantCulture, $$"""
        # TYPE kube_pod_container_status_ready gauge
        kube_pod_container_status_ready{namespace="{{@namespace}}",pod="{{Pod}}",container="app"} {{Ready}}
        # TYPE kube_horizontalpodautoscaler_spec_max_replicas gauge
        kube_horizontalpodautoscaler_spec_max_replicas{namespace="{{@namespace}}",horizontalpodautoscaler="{{Hpa}}"} {{MaxReplicas}}

        """);

    public static string KedaOperator(string @namespace) => string.Create(CultureInfo.InvariantCulture, $$"""
        # TYPE keda_scaler_detail_errors_total counter
        keda_scaler_detail_errors_total{namespace="{{@namespace}}",scaledObject="{{ScaledObject}}",metric="s0-prometheus",scaler="prometheusScaler",triggerIndex="0",type="scaledobject"} {{Errors}}

        """);

    /// <summary>The genuine value of each name.</summary>
    public static string Expected(string name) => name switch
    {
        "kube_pod_container_status_ready" => Ready,
        "kube_horizontalpodautoscaler_spec_max_replicas" => MaxReplicas,
        _ => Errors,
    };
}
