using System.Globalization;

namespace Orders.Pipeline.Report;

/// <summary>
/// The time axis of a chart over seconds: in seconds up to six hours (a load step reads best in the seconds the
/// reports' figures are given in), in hours beyond, where a week in seconds would end at 604800. The ticks of an
/// hour axis fall on whole multiples of a step of 1, 2, 3, 6, 12 or 24 hours, the smallest that keeps them at
/// <see cref="MaxTicks"/> or fewer.
/// </summary>
public sealed record ChartTimeAxis(string Unit, IReadOnlyList<(double Seconds, string Label)> Ticks)
{
    /// <summary>Also the longest range whose timeline.csv keeps a row per second (TimelineResolution), so the
    /// replay's rows and its chart's seconds end at the same range.</summary>
    public const int LongestInSeconds = 6 * 3600;

    public const int MaxTicks = 14;

    private static readonly int[] HourSteps = [1, 2, 3, 6, 12, 24];

    /// <summary>True when the axis counts hours; then <see cref="Ticks"/> replaces the chart's own.</summary>
    public bool InHours => Unit == "hours";

    /// <summary>The axis for <paramref name="rangeSeconds"/> shown from <paramref name="fromSeconds"/> (negative when
    /// the chart starts before the load does).</summary>
    public static ChartTimeAxis For(double fromSeconds, double rangeSeconds)
    {
        if (rangeSeconds <= LongestInSeconds)
        {
            return new ChartTimeAxis("seconds", []);
        }
        // A replay holds a week at most (ReplayOptions.MaxPoints): 24 h steps give it 8 ticks.
        var step = HourSteps.FirstOrDefault(h => rangeSeconds / (h * 3600.0) <= MaxTicks, HourSteps[^1]);
        var stepSeconds = step * 3600.0;
        var ticks = new List<(double, string)>();
        for (var at = Math.Ceiling(fromSeconds / stepSeconds) * stepSeconds; at <= fromSeconds + rangeSeconds; at += stepSeconds)
        {
            // Math.Ceiling of a small negative is -0, which would print as "-0".
            var hours = at == 0 ? 0 : at / 3600;
            ticks.Add((at, hours.ToString("0", CultureInfo.InvariantCulture)));
        }
        return new ChartTimeAxis("hours", ticks);
    }
}
