using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// When the load started and ended, for counting the figures from. Given (--load-start/--load-end), or derived
/// from the first ScaledObject's query: the load starts where the value first rises above zero and ends where it
/// last drops to zero, minus the query's range window (a <c>rate(x[1m])</c> reaches 0 one minute after its counter
/// stops rising; a 5-minute window five), so ScaledObjects with different windows get the same reference on the
/// same data. A value that never drops back ends the load at the range's end.
/// </summary>
public sealed record LoadWindow(DateTimeOffset Start, DateTimeOffset End, bool Derived)
{
    public static LoadWindow Of(
        IReadOnlyList<MetricReading> readings, string query, DateTimeOffset rangeStart, TimeSpan step, DateTimeOffset? givenStart, DateTimeOffset? givenEnd)
    {
        var rangeEnd = rangeStart + step * (readings.Count - 1);
        var first = -1;
        var last = -1;
        for (var i = 0; i < readings.Count; i++)
        {
            if (readings[i].RawValue is > 0)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 && (givenStart is null || givenEnd is null))
        {
            throw new InvalidDataException(
                $"the query '{query}' never rises above zero between {rangeStart:u} and {rangeEnd:u}, so there is no load to derive: pass --load-start and --load-end, or a range that holds one.");
        }
        var start = givenStart ?? rangeStart + step * first;
        var window = QueryWindow.Of(query) ?? TimeSpan.Zero;
        var end = givenEnd ?? (last == readings.Count - 1 ? rangeEnd : rangeStart + step * (last + 1) - window);
        return new LoadWindow(start, end < start ? start : end, givenStart is null || givenEnd is null);
    }
}
