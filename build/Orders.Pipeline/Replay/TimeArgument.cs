using System.Globalization;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Replay;

/// <summary>
/// A point in time as --start/--end/--load-start/--load-end take it: RFC 3339 (<c>2026-12-02T10:00:00Z</c>,
/// <c>…+01:00</c>), <c>now</c>, or relative to now (<c>-6h</c>, <c>-90m</c>, <c>-1h30m</c>, <c>-45s</c>).
/// </summary>
public static class TimeArgument
{
    public static DateTimeOffset Parse(string option, string text, DateTimeOffset now)
    {
        if (text == "now")
        {
            return now;
        }
        if (text.StartsWith('-') && PrometheusDuration.TryParse(text[1..], out var before))
        {
            return now - before;
        }
        if (text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var absolute))
        {
            return absolute;
        }
        throw new ArgumentException($"--{option} '{text}' is not a time: use RFC 3339 (2026-12-02T10:00:00Z), 'now', or a time before now such as -6h, -30m, -1h30m.");
    }
}
