using Orders.K8s.Tests.TestSupport;

namespace Orders.K8s.Tests.Schema;

/// <summary>The Prometheus Operator's PodMonitor, ServiceMonitor and PrometheusRule CRDs (monitoring.coreos.com/v1, operator
/// v0.93.0, vendored in TestData: see its README for where they came from).</summary>
public static class OperatorSchemas
{
    public static CrdSchema PodMonitor { get; } = new(RepositoryFiles.PodMonitorCrd, "v1", "the Prometheus Operator's PodMonitor CRD");

    public static CrdSchema ServiceMonitor { get; } = new(RepositoryFiles.ServiceMonitorCrd, "v1", "the Prometheus Operator's ServiceMonitor CRD");

    public static CrdSchema PrometheusRule { get; } = new(RepositoryFiles.PrometheusRuleCrd, "v1", "the Prometheus Operator's PrometheusRule CRD");
}
