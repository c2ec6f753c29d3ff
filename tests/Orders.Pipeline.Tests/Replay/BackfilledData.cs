using System.Globalization;
using System.Text;
using Orders.Pipeline.Manifests;

namespace Orders.Pipeline.Tests.Replay;

/// <summary>
/// The recorded data the replay tests read, as OpenMetrics text for <c>promtool tsdb create-blocks-from
/// openmetrics</c>: one sample every 15 s (the cluster's global scrape interval; the exporter's counter at its
/// job's own interval, <see cref="ExporterScrape"/>, as a cluster scrapes it), each scenario in a namespace of its
/// own, times in seconds from <see cref="Base"/> (a whole hour three hours ago: inside the retention, clear of the
/// head block). Gauges make the query's value at every second exact, so the tests' answers are derived by hand:
/// <list type="bullet">
/// <item><c>step</c>: orders_in_flight 0, then 50 from 300 s, back to 0 from 600 s, until 1200 s.</item>
/// <item><c>ramp</c>: 0 until 300 s, then 15, 30, 45 at 315, 330, 345 s and 60 from 360 s until 600 s, then 0.</item>
/// <item><c>gap</c>: 50 from 0 to 600 s, no sample from 615 to 1185 s (empty once the 5-minute lookback runs out),
/// 50 again from 1200 to 1500 s.</item>
/// <item><c>orders</c>: product_order_total of job orders-exporter counting 50 orders/s from 0 to 1500 s, then flat
/// until 2400 s (the project's own ScaledObjects read it).</item>
/// <item><c>foreign</c>: foreign_rps 0, 42 from 300 s, 10 from 600 s, 0 from 1200 s; foreign_queue 0, 100 from 300 s,
/// 300 from 600 s, no sample from 900 to 1185 s, 0 from 1200 s, both until 1500 s
/// (TestData/foreign-scaledobject.yaml reads them).</item>
/// </list>
/// </summary>
internal static class BackfilledData
{
    public const int Scrape = 15;

    public static readonly DateTimeOffset Base = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 3600 * 3600 - 3 * 3600);

    public static readonly string ExporterJob = Orders.Pipeline.Manifests.ExporterScrapeJob.Read(Orders.TestSupport.RepositoryRoot.Combine("k8s", "prometheus-values.yaml"));

    /// <summary>The exporter job's scrape interval in the cluster (k8s/prometheus-values.yaml), in whole seconds.</summary>
    public static readonly int ExporterScrape = (int)Orders.Pipeline.Local.ClusterScrapeInterval.Read(Orders.TestSupport.RepositoryRoot.Combine("k8s", "prometheus-values.yaml")).TotalSeconds;

    /// <summary>The loaded configuration: no target, the global interval, and the exporter's job with its own
    /// interval, so the replay judges ours' window against the interval its series were scraped at.</summary>
    public static string PrometheusConfig =>
        $"global:\n  scrape_interval: {Scrape}s\nscrape_configs:\n  - job_name: {ExporterJob}\n    scrape_interval: {ExporterScrape}s\n    scrape_timeout: {ExporterScrape}s\n    static_configs: []\n";

    public static DateTimeOffset At(int seconds) => Base.AddSeconds(seconds);

    public static string OpenMetrics()
    {
        var text = new StringBuilder();
        text.AppendLine("# HELP orders_in_flight A gauge standing in for a query's value.");
        text.AppendLine("# TYPE orders_in_flight gauge");
        Series(text, "orders_in_flight", "step", 0, 1200, t => t is >= 300 and < 600 ? 50 : 0);
        Series(text, "orders_in_flight", "ramp", 0, 1200, t => t switch { < 315 => 0, < 360 => (t - 300) / 15 * 15, < 600 => 60, _ => 0 });
        Series(text, "orders_in_flight", "gap", 0, 1500, t => t is > 600 and < 1200 ? null : 50);
        text.AppendLine("# HELP foreign_rps A foreign service's request rate.");
        text.AppendLine("# TYPE foreign_rps gauge");
        Series(text, "foreign_rps", "foreign", 0, 1500, t => t switch { < 300 => 0, < 600 => 42, < 1200 => 10, _ => 0 });
        text.AppendLine("# HELP foreign_queue A foreign service's queue depth.");
        text.AppendLine("# TYPE foreign_queue gauge");
        Series(text, "foreign_queue", "foreign", 0, 1500, t => t switch { < 300 => 0, < 600 => 100, < 900 => 300, < 1200 => (double?)null, _ => 0 });
        text.AppendLine("# HELP product_order Orders served.");
        text.AppendLine("# TYPE product_order counter");
        Series(text, "product_order_total", "orders", 0, 2400, t => 50.0 * Math.Min(t, 1500), pod: "p1", every: ExporterScrape);
        text.AppendLine("# EOF");
        return text.ToString();
    }

    private static void Series(StringBuilder text, string name, string ns, int from, int to, Func<int, double?> value, string? pod = null, int every = Scrape)
    {
        for (var t = from; t <= to; t += every)
        {
            if (value(t) is { } v)
            {
                // A pod's series carries the job the cluster scrapes exporters with, which ours' query selects.
                var labels = pod is null ? $"namespace=\"{ns}\"" : $"job=\"{ExporterJob}\",namespace=\"{ns}\",pod=\"{pod}\"";
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{name}{{{labels}}} {v} {At(t).ToUnixTimeSeconds()}"));
            }
        }
    }
}
