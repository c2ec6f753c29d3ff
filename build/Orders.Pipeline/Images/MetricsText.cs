using System.Globalization;

namespace Orders.Pipeline.Images;

/// <summary>Sums the samples of one metric family in Prometheus's text format (every label set).</summary>
public static class MetricsText
{
    /// <param name="source">Where <paramref name="text"/> came from (GET and the URL), named when a value is not a number.</param>
    public static double Sum(string source, string text, string family)
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
            sum += double.TryParse(value, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw new Infrastructure.ToolOutputException($"`{source}` printed a {family} sample whose value is not a number: {Infrastructure.ToolOutput.Start(line)}. "
                    + "Open the URL to see what answers there: it should be the exporter's /metrics.");
        }
        return sum;
    }
}
