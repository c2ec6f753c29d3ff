using Orders.Pipeline.Prometheus;

namespace Orders.Monitoring.Tests.Infrastructure;

/// <summary>Waits until a query returns a sample: rule evaluation and scrapes run on Prometheus's own clock, and
/// no event tells when.</summary>
internal static class PrometheusData
{
    public static async Task WaitForAsync(PrometheusClient prometheus, string query, TimeSpan deadline, Func<string> log)
    {
        if (!await Eventually.HoldsAsync(async () => !(await prometheus.QueryAsync(query, null, CancellationToken.None)).IsEmpty, deadline))
        {
            throw new TimeoutException($"No data for {query} within {deadline.TotalSeconds:0} s; Prometheus's log:\n{log()}");
        }
    }
}
