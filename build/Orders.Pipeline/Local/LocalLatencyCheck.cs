using Orders.Pipeline.Load;
using Orders.Pipeline.Monitoring;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Local;

/// <summary>
/// Local's latency line: the dashboard's latency panel for the load's path over the profile's hold (its
/// longest constant-rate stage, where the distribution stands still), against the load engine's own
/// percentiles for the same seconds (<see cref="LatencyComparison"/>). A profile without a hold is reported
/// as not checked, and passes: there is no stretch whose latency both sides should agree on.
/// </summary>
public static class LocalLatencyCheck
{
    public static async Task<(bool Passed, string Line)> RunAsync(PrometheusClient prometheus, LocalOptions options,
        IReadOnlyDictionary<string, string> variables, LoadResult load, CancellationToken cancellationToken)
    {
        if (options.Profile.Hold is not { } hold)
        {
            return (true, $"--   latency panel vs load engine: not checked, the profile '{options.Profile}' has no stage at a constant rate above 0 (e.g. 80s:50).");
        }
        var dashboard = DashboardDocument.Load(MonitoringFiles.In(options.Root).Dashboard);
        var comparison = await new LatencyPanelCheck(prometheus).CompareAsync(dashboard, variables, options.Endpoint.Path, load.StartedAt,
            (int)Math.Ceiling(hold.Start.TotalSeconds), (int)Math.Floor(hold.End.TotalSeconds), load.Latencies, cancellationToken);
        return (comparison.Passed, comparison.Line);
    }
}
