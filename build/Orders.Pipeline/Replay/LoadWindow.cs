using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// When the load started and ended, for counting the step figures from (time to peak, to the right count, back to
/// min). Given (--load-start/--load-end), or derived from the first ScaledObject's query when the data holds a step:
/// <list type="bullet">
/// <item>a start (<see cref="HasStart"/>) where the value first rises above zero after reading zero (a range that
/// opens at its peak is no step: flat traffic does so too, and nothing tells them apart; give --load-start);</item>
/// <item>an end (<see cref="HasEnd"/>) where the value last drops to zero, minus the query's range window (a
/// <c>rate(x[1m])</c> reaches 0 one minute after its counter stops rising; a 5-minute window five), so
/// ScaledObjects with different windows get the same reference on the same data.</item>
/// </list>
/// Continuous traffic (never zero, as production usually is) holds neither: its figures are the history ones and
/// the step figures are left out, never computed from an instant that is not a step (issue 24: they read as
/// "after 32655 s" and "back to min -539895 s" on a week of daily traffic).
/// </summary>
public sealed record LoadWindow(DateTimeOffset Start, DateTimeOffset End, bool Derived, bool HasStart = true, bool HasEnd = true)
{
    /// <summary>True when the range holds a load step to measure from.</summary>
    public bool HasStep => HasStart || HasEnd;

    public static LoadWindow Of(
        IReadOnlyList<MetricReading> readings, string query, DateTimeOffset rangeStart, TimeSpan step, DateTimeOffset? givenStart, DateTimeOffset? givenEnd)
    {
        var rangeEnd = rangeStart + step * Math.Max(0, readings.Count - 1);
        var first = -1;
        var last = -1;
        for (var i = 0; i < readings.Count; i++)
        {
            if (readings[i].RawValue is { } value && value > 0)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        // The empty readings before a series begins (a rate() has no two samples yet) are no zero to rise from, nor
        // a gap after the last value a drop to zero: only readings of 0 count.
        var risesFromZero = first > 0 && Enumerable.Range(0, first).Any(i => readings[i].RawValue == 0);
        var dropsToZero = last >= 0 && Enumerable.Range(last + 1, readings.Count - last - 1).Any(i => readings[i].RawValue == 0);
        var hasStart = givenStart is not null || risesFromZero;
        var hasEnd = givenEnd is not null || dropsToZero;
        var start = givenStart ?? (hasStart ? rangeStart + step * first : rangeStart);
        // A value that never drops back ends the load at the range's end (nothing after it to measure).
        var window = QueryWindow.Of(query) ?? TimeSpan.Zero;
        var end = givenEnd ?? (hasEnd ? rangeStart + step * (last + 1) - window : rangeEnd);
        return new LoadWindow(start, end < start ? start : end, givenStart is null || givenEnd is null, hasStart, hasEnd);
    }
}
