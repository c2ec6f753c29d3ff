using System.Globalization;
using Prometheus;

namespace Orders.Exporter.Tests.Support;

/// <summary>A registry's exposition, as "name{labels}" -> value, to assert on exact series.</summary>
public static class MetricsText
{
    public static async Task<Dictionary<string, double>> ReadAsync(CollectorRegistry registry)
    {
        using var stream = new MemoryStream();
        await registry.CollectAndExportAsTextAsync(stream);
        return Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static Dictionary<string, double> Parse(string exposition)
    {
        var series = new Dictionary<string, double>();
        foreach (var line in exposition.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var space = line.LastIndexOf(' ');
            series[line[..space]] = double.Parse(line[(space + 1)..], CultureInfo.InvariantCulture);
        }
        return series;
    }

    /// <summary>The sum of every series of <paramref name="name"/> (all label values).</summary>
    public static double Sum(this Dictionary<string, double> series, string name) =>
        series.Where(s => s.Key == name || s.Key.StartsWith(name + "{", StringComparison.Ordinal)).Sum(s => s.Value);

    public static double Get(this Dictionary<string, double> series, string key) =>
        series.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No series {key}; have: {string.Join(", ", series.Keys.Take(50))}");
}
