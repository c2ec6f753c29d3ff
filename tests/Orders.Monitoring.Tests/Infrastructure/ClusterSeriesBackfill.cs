using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Orders.Monitoring.Tests.Infrastructure;

/// <summary>
/// Turns TestData/cluster-series.txt (one series a line, a constant or a from->to ramp) into OpenMetrics
/// samples every 15 s over the 10 minutes before <c>end</c>, and backfills them into a TSDB directory with
/// <c>promtool tsdb create-blocks-from openmetrics</c>: KEDA's and kube-state-metrics' series, which no
/// Prometheus without a cluster has, recorded as a cluster's Prometheus would hold them.
/// </summary>
internal static partial class ClusterSeriesBackfill
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);
    private static readonly int Steps = 40;

    public static string SeriesFile => Path.Combine(AppContext.BaseDirectory, "TestData", "cluster-series.txt");

    public static string OpenMetrics(string seriesText, DateTimeOffset end)
    {
        var lines = seriesText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var text = new StringBuilder();
        foreach (var family in lines.GroupBy(l => l[..l.IndexOf('{', StringComparison.Ordinal)]))
        {
            text.Append("# TYPE ").Append(family.Key).Append(" unknown\n");
            foreach (var line in family)
            {
                var m = Sample().Match(line);
                if (!m.Success)
                {
                    throw new FormatException($"{SeriesFile}: '{line}' is not 'name{{labels}} value' or 'name{{labels}} from->to'.");
                }
                var from = double.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture);
                var to = m.Groups["to"].Success ? double.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
                for (var i = 0; i < Steps; i++)
                {
                    var time = end - Step * (Steps - 1 - i);
                    var value = from + (to - from) * i / (Steps - 1);
                    text.Append(CultureInfo.InvariantCulture, $"{m.Groups["series"].Value} {value:0.###} {time.ToUnixTimeSeconds()}\n");
                }
            }
        }
        return text.Append("# EOF\n").ToString();
    }

    public static async Task WriteBlocksAsync(string openMetricsFile, string tsdbDirectory)
    {
        Directory.CreateDirectory(tsdbDirectory);
        (await Promtool.RunAsync(["tsdb", "create-blocks-from", "openmetrics", openMetricsFile, tsdbDirectory], Path.GetDirectoryName(openMetricsFile)))
            .EnsureSuccess($"promtool tsdb create-blocks-from openmetrics {openMetricsFile}");
    }

    [GeneratedRegex(@"^(?<series>[a-zA-Z_:][a-zA-Z0-9_:]*\{.*\})\s+(?<from>-?[0-9.]+)(->(?<to>-?[0-9.]+))?$")]
    private static partial Regex Sample();
}
