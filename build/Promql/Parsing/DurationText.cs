using System.Globalization;

namespace Promql.Parsing;

/// <summary>
/// Prometheus durations (common/model ParseDuration and Duration.String): units y, w, d, h, m, s, ms, each at
/// most once and largest first (<c>1h30m</c>, <c>500ms</c>); a year is 365 days. Printing uses the largest units,
/// years and weeks only when exact (90d rather than 12w6d), as Prometheus does.
/// </summary>
public static class DurationText
{
    private static readonly (string Unit, long Ms)[] Units =
    [
        ("y", 365L * 24 * 3600 * 1000), ("w", 7L * 24 * 3600 * 1000), ("d", 24L * 3600 * 1000),
        ("h", 3600L * 1000), ("m", 60L * 1000), ("s", 1000L), ("ms", 1L),
    ];

    // time.Duration's limit: int64 nanoseconds.
    private const long MaxMilliseconds = long.MaxValue / 1_000_000;

    /// <summary>Parses a duration; the error says what is wrong in Prometheus's words.</summary>
    public static bool TryParse(string text, out TimeSpan duration, out string error)
    {
        duration = TimeSpan.Zero;
        error = string.Empty;
        if (text == "0")
        {
            return true;
        }
        if (text.Length == 0)
        {
            error = "empty duration string";
            return false;
        }
        var invalid = $"not a valid duration string: \"{text}\"";
        long total = 0;
        var lastUnit = -1;
        var i = 0;
        while (i < text.Length)
        {
            var digitsStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            if (i == digitsStart || !long.TryParse(text.AsSpan(digitsStart, i - digitsStart), NumberStyles.None,
                    CultureInfo.InvariantCulture, out var value))
            {
                error = invalid;
                return false;
            }
            var unitStart = i;
            while (i < text.Length && !char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            var unit = text[unitStart..i];
            var index = Array.FindIndex(Units, u => u.Unit == unit);
            if (unit.Length == 0)
            {
                error = invalid;
                return false;
            }
            if (index < 0)
            {
                error = $"unknown unit \"{unit}\" in duration \"{text}\"";
                return false;
            }
            if (index <= lastUnit)
            {
                error = invalid;
                return false;
            }
            lastUnit = index;
            if (value > MaxMilliseconds / Units[index].Ms || (total += value * Units[index].Ms) > MaxMilliseconds)
            {
                error = "duration out of range";
                return false;
            }
        }
        duration = TimeSpan.FromMilliseconds(total);
        return true;
    }

    /// <summary>Prints a non-negative duration the way Prometheus does; sub-millisecond parts print as seconds.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration.Ticks % TimeSpan.TicksPerMillisecond != 0)
        {
            return NumberText.Format(duration.TotalSeconds);
        }
        var ms = (long)duration.TotalMilliseconds;
        if (ms == 0)
        {
            return "0s";
        }
        var text = string.Empty;
        for (var i = 0; i < Units.Length; i++)
        {
            var (unit, size) = Units[i];
            var exactOnly = i < 2;
            if (exactOnly && ms % size != 0)
            {
                continue;
            }
            var count = ms / size;
            if (count > 0)
            {
                text += count.ToString(CultureInfo.InvariantCulture) + unit;
                ms -= count * size;
            }
        }
        return text;
    }
}
