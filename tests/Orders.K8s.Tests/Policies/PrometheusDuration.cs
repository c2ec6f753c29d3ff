using System.Globalization;
using System.Text.RegularExpressions;

namespace Orders.K8s.Tests.Policies;

/// <summary>Parses Prometheus durations ("15s", "1m", "1m30s", "500ms").</summary>
public static partial class PrometheusDuration
{
    public static TimeSpan Parse(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"\"{text}\" is not a Prometheus duration (e.g. 15s, 1m, 1m30s).");
        }

        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unit = part.Value.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
            var amount = long.Parse(part.Value[..^unit.Length], CultureInfo.InvariantCulture);
            total += unit switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                "d" => TimeSpan.FromDays(amount),
                "w" => TimeSpan.FromDays(7 * amount),
                _ => TimeSpan.FromDays(365 * amount),
            };
        }

        return total;
    }

    [GeneratedRegex(@"^(?<part>[0-9]+(ms|s|m|h|d|w|y))+$")]
    private static partial Regex Pattern();
}
