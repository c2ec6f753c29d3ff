namespace Orders.Pipeline.Monitoring;

/// <summary>
/// The dashboard as a Prometheus without a cluster can draw it: every panel with a query on the app's or the
/// exporter's series, with those queries; and where a panel plots what KEDA read
/// (<see cref="KedaReadSeries"/>), the ScaledObject's own query in its place, since that is what KEDA sends
/// Prometheus. Queries on the HPA's series are left out: no HPA runs here.
/// </summary>
public static class LocalPanels
{
    /// <summary>KEDA's record of the value its scaler read (the operator's metrics, k8s/keda-values.yaml).</summary>
    public const string KedaReadSeries = "keda_scaler_metrics_value";

    /// <param name="scaledObjectQuery">The rendered ScaledObject's query (namespace filled in); null: leave KEDA's line out.</param>
    public static IReadOnlyList<DashboardPanel> Of(DashboardDocument dashboard, string? scaledObjectQuery) =>
        [.. dashboard.Panels
            .Where(p => p.Targets.Any(t => !DashboardQueryScope.NeedsCluster(t)))
            .Select(p => p with { Targets = [.. p.Targets.Select(t => Local(t, scaledObjectQuery)).OfType<DashboardTarget>()] })];

    private static DashboardTarget? Local(DashboardTarget target, string? scaledObjectQuery)
    {
        if (!DashboardQueryScope.NeedsCluster(target))
        {
            return target;
        }
        return target.Expr.Contains(KedaReadSeries, StringComparison.Ordinal) && scaledObjectQuery is not null
            ? target with { Expr = scaledObjectQuery, Legend = $"{target.Legend}; no KEDA here: the query itself" }
            : null;
    }
}
