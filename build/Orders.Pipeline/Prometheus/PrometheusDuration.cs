using System.Globalization;
using System.Text.RegularExpressions;

namespace Orders.Pipeline.Prometheus;

/// <summary>
/// Prometheus's duration grammar (common/model ParseDuration), the one owner of it here: whole numbers with
/// units y w d h m s ms, largest first, each at most once (<c>1h30m</c>, <c>15s</c>, <c>500ms</c>), or a
/// bare <c>0</c>. A year is 365 days and a week 7, as Prometheus counts them. Scrape intervals, PromQL range
/// windows and relative times are all read with it, so what Prometheus refuses is refused everywhere.
/// </summary>
public static partial class PrometheusDuration
{
    private static readonly (string Unit, TimeSpan Length)[] Units =
    [
        ("y", TimeSpan.FromDays(365)), ("w", TimeSpan.FromDays(7)), ("d", TimeSpan.FromDays(1)),
        ("h", TimeSpan.FromHours(1)), ("m", TimeSpan.FromMinutes(1)), ("s", TimeSpan.FromSeconds(1)),
        ("ms", TimeSpan.FromMilliseconds(1)),
    ];

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (text == "0")
        {
            return true;
        }
        var match = Form().Match(text);
        if (!match.Success || text.Length == 0)
        {
            return false;
        }
        foreach (var (unit, length) in Units)
        {
            if (match.Groups[unit].Success)
            {
                duration += long.Parse(match.Groups[unit].Value, CultureInfo.InvariantCulture) * length;
            }
        }
        return true;
    }

    public static TimeSpan Parse(string text) =>
        TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"\"{text}\" is not a Prometheus duration (e.g. 15s, 1m, 1h30m, 500ms).");

    /// <summary>A duration as Prometheus writes it, largest unit first: <c>20s</c>, <c>1m</c>, <c>1m30s</c>,
    /// <c>500ms</c>; <see cref="Parse"/> reads it back to the same value.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "a Prometheus duration is not negative.");
        }
        if (duration == TimeSpan.Zero)
        {
            return "0";
        }
        var text = new System.Text.StringBuilder();
        var left = duration;
        foreach (var (unit, length) in Units)
        {
            var count = left.Ticks / length.Ticks;
            if (count > 0)
            {
                text.Append(count.ToString(CultureInfo.InvariantCulture)).Append(unit);
                left -= count * length;
            }
        }
        return left == TimeSpan.Zero
            ? text.ToString()
            : throw new ArgumentOutOfRangeException(nameof(duration), duration, "a Prometheus duration is whole milliseconds.");
    }

    [GeneratedRegex(@"^(?:(?<y>[0-9]+)y)?(?:(?<w>[0-9]+)w)?(?:(?<d>[0-9]+)d)?(?:(?<h>[0-9]+)h)?(?:(?<m>[0-9]+)m)?(?:(?<s>[0-9]+)s)?(?:(?<ms>[0-9]+)ms)?$", RegexOptions.ExplicitCapture)]
    private static partial Regex Form();
}
