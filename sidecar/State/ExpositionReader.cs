using System.Globalization;
using System.Text;
using Prometheus;

namespace Orders.Exporter.State;

/// <summary>
/// Reads a registry's values through its text exposition, the one public and stable way to read them all:
/// prometheus-net 8.2.1 exposes a counter's value and a histogram's sum and count, but not its per-bucket
/// counts, which the checkpoint needs. The format is Prometheus text 0.0.4, written by prometheus-net itself.
/// </summary>
public static class ExpositionReader
{
    public static MetricsSnapshot Read(CollectorRegistry registry)
    {
        using var stream = new MemoryStream(16 * 1024);
        registry.CollectAndExportAsTextAsync(stream).GetAwaiter().GetResult(); // a MemoryStream completes synchronously
        return Parse(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }

    public static MetricsSnapshot Parse(string exposition)
    {
        var snapshot = new MetricsSnapshot();
        var histograms = new Dictionary<string, HistogramBuilder>();
        string? family = null, type = null;
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                (family, type) = (parts[2], parts[3]);
                continue;
            }
            if (line.Length == 0 || line[0] == '#' || family is null)
            {
                continue;
            }

            var (name, labels, value) = Sample(line);
            switch (type)
            {
                case "counter":
                    snapshot.Counters.Add(new SeriesValue { Name = name, Labels = Values(labels), Value = value });
                    break;
                case "gauge":
                    snapshot.Gauges.Add(new SeriesValue { Name = name, Labels = Values(labels), Value = value });
                    break;
                case "histogram":
                    var key = family + "\n" + string.Join('\n', Values(labels));
                    if (!histograms.TryGetValue(key, out var histogram))
                    {
                        histograms[key] = histogram = new HistogramBuilder(family, Values(labels));
                    }

                    histogram.Add(name[family.Length..], labels, value);
                    break;
            }
        }
        snapshot.Histograms.AddRange(histograms.Values.Select(h => h.Build()));
        return snapshot;
    }

    private static string[] Values(List<(string Name, string Value)> labels) =>
        [.. labels.Where(l => l.Name != "le").Select(l => l.Value)];

    /// <summary>name{a="x",b="y"} value</summary>
    private static (string Name, List<(string Name, string Value)> Labels, double Value) Sample(string line)
    {
        var labels = new List<(string, string)>();
        var brace = line.IndexOf('{');
        var space = line.LastIndexOf(' ');
        var name = brace >= 0 && brace < space ? line[..brace] : line[..space];
        if (brace >= 0 && brace < space)
        {
            var i = brace + 1;
            while (line[i] != '}')
            {
                var equals = line.IndexOf('=', i);
                var labelName = line[i..equals].TrimStart(',');
                var value = new StringBuilder();
                for (i = equals + 2; line[i] != '"'; i++)
                {
                    value.Append(line[i] == '\\' ? Unescape(line[++i]) : line[i]);
                }
                labels.Add((labelName, value.ToString()));
                i++;
                if (line[i] == ',')
                {
                    i++;
                }
            }
        }
        return (name, labels, ParseValue(line[(space + 1)..]));
    }

    private static char Unescape(char c) => c == 'n' ? '\n' : c;

    private static double ParseValue(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private sealed class HistogramBuilder(string name, string[] labels)
    {
        private readonly List<(double Bound, double Cumulative)> _buckets = [];
        private double _sum;

        public void Add(string suffix, List<(string Name, string Value)> labels, double value)
        {
            if (suffix == "_sum")
            {
                _sum = value;
            }
            else if (suffix == "_bucket")
            {
                _buckets.Add((ParseValue(labels.Single(l => l.Name == "le").Value), value));
            }
        }

        public HistogramValue Build()
        {
            var counts = new long[_buckets.Count];
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] = (long)(_buckets[i].Cumulative - (i == 0 ? 0 : _buckets[i - 1].Cumulative));
            }
            return new HistogramValue { Name = name, Labels = labels, UpperBounds = [.. _buckets.Select(b => b.Bound)], Counts = counts, Sum = _sum };
        }
    }
}
