using System.Globalization;

namespace Orders.Pipeline.Images;

/// <summary>Sums the samples of one metric family in Prometheus's text format (every label set).</summary>
public static class MetricsText
{
    public static double Sum(string text, string family)
    {
        var sum = 0.0;
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith(family, StringComparison.Ordinal) || line.Length == family.Length || line[family.Length] is not (' ' or '{'))
            {
                continue;
            }
            var rest = line[family.Length] == '{' ? line[(line.LastIndexOf('}') + 1)..] : line[family.Length..];
            var value = rest.Trim().Split(' ')[0];
            sum += double.Parse(value, CultureInfo.InvariantCulture);
        }
        return sum;
    }
}
