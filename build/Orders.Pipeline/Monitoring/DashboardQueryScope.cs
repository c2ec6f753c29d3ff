namespace Orders.Pipeline.Monitoring;

/// <summary>Which of a dashboard's queries a Prometheus can answer, and what the report says of the others.</summary>
public sealed record DashboardQueryScope(Func<DashboardTarget, bool> Include, string LeftOutNote)
{
    /// <summary>Every query.</summary>
    public static DashboardQueryScope All { get; } = new(_ => true, "");

    /// <summary>A Prometheus without a cluster (Local, the end-to-end tests): the app's and exporter's series only.</summary>
    public static DashboardQueryScope WithoutCluster { get; } = new(t => !NeedsCluster(t),
        "more read KEDA or kube-state-metrics series, which only a cluster has; tests/Orders.Monitoring.Tests checks them on recorded series");

    /// <summary>The queries on KEDA's and kube-state-metrics' series only.</summary>
    public static DashboardQueryScope ClusterOnly { get; } = new(NeedsCluster, "more read only the app's and the exporter's series");

    /// <summary>True for queries on KEDA's or kube-state-metrics' series (or rules recorded from them).</summary>
    public static bool NeedsCluster(DashboardTarget target) =>
        target.Expr.Contains("keda_", StringComparison.Ordinal)
        || target.Expr.Contains("kube_", StringComparison.Ordinal)
        || target.Expr.Contains("horizontalpodautoscaler", StringComparison.Ordinal);
}
