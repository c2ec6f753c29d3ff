using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Pipeline.Load;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Monitoring;

/// <summary>
/// Holds the dashboard's latency panel to the truth: its own <c>histogram_quantile(0.5 | 0.99, …)</c> expressions
/// on <c>http_request_duration_seconds_bucket</c>, variables substituted as <see cref="DashboardQueryCheck"/>
/// resolved them and the rate window set to a stretch of the run, evaluated at the stretch's end, so the panel's
/// figure covers the same seconds as the load engine's percentiles (<see cref="LoadLatencies"/>).
/// </summary>
public sealed partial class LatencyPanelCheck(PrometheusClient prometheus)
{
    public const string HistogramSeries = "http_request_duration_seconds_bucket";

    /// <param name="path">The path label to read (the load's endpoint, e.g. /product).</param>
    /// <param name="fromSecond">The stretch's first second since <paramref name="runStart"/>.</param>
    /// <param name="toSecond">The second after its last.</param>
    public async Task<LatencyComparison> CompareAsync(DashboardDocument dashboard, IReadOnlyDictionary<string, string> variables, string path,
        DateTimeOffset runStart, int fromSecond, int toSecond, LoadLatencies latencies, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(variables)
        {
            ["__rate_interval"] = PrometheusDuration.Format(TimeSpan.FromSeconds(toSecond - fromSecond)),
        };
        var at = runStart + TimeSpan.FromSeconds(toSecond);
        var p50 = await ReadAsync(QuantileTarget(dashboard, 0.5), values, path, at, cancellationToken);
        var p99 = await ReadAsync(QuantileTarget(dashboard, 0.99), values, path, at, cancellationToken);
        return new LatencyComparison(path, fromSecond, toSecond, p50 * 1000, p99 * 1000,
            latencies.Percentile(fromSecond, toSecond, 0.5), latencies.Percentile(fromSecond, toSecond, 0.99));
    }

    /// <summary>The dashboard's query for quantile <paramref name="q"/> of the request durations.</summary>
    public static DashboardTarget QuantileTarget(DashboardDocument dashboard, double q) =>
        dashboard.Targets.FirstOrDefault(t => t.Expr.Contains(HistogramSeries, StringComparison.Ordinal)
                && Quantile().Match(t.Expr) is { Success: true } m
                && double.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture) == q)
            ?? throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"The dashboard has no histogram_quantile({q}, ...) query on {HistogramSeries}: Local holds the latency panel's own expressions to the load engine's figures; put that query back in k8s/monitoring/orders-dashboard.json."));

    private async Task<double?> ReadAsync(DashboardTarget target, IReadOnlyDictionary<string, string> values, string path, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var query = DashboardDocument.Substitute(target.Expr, values);
        try
        {
            var result = await prometheus.QueryAsync(query, at, cancellationToken);
            var sample = result.Samples.FirstOrDefault(s => s.Labels.TryGetValue("path", out var p) && p == path);
            return sample is not null && double.IsFinite(sample.Value) ? sample.Value : null;
        }
        catch (PrometheusQueryException)
        {
            return null; // reported as "no finite value", which names the panel's expression to check; the dashboard line says why
        }
    }

    [GeneratedRegex(@"^\s*histogram_quantile\(\s*(?<q>[0-9.]+)\s*,")]
    private static partial Regex Quantile();
}
