using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// The replica band of a replay built one HPA timing at a time, so no timing's per-second counts outlive its turn:
/// per row of <see cref="SecondsPerRow"/> seconds, the lowest and highest count any timing had at any second of the
/// row, and the median timing's count at the row's first second. With one second per row it is
/// <see cref="ReplicaBand.Of"/>'s band exactly.
/// </summary>
public sealed class BandBuckets(DateTimeOffset start, int seconds, int secondsPerRow)
{
    private readonly int _rows = TimelineResolution.Rows(seconds, secondsPerRow);
    private readonly List<int?[]> _atRowStart = [];
    private readonly int?[] _min = new int?[TimelineResolution.Rows(seconds, secondsPerRow)];
    private readonly int?[] _max = new int?[TimelineResolution.Rows(seconds, secondsPerRow)];

    public int SecondsPerRow => secondsPerRow;

    public void Add(IReadOnlyList<ModelStep> timing) => Add(ReplicaBand.CountsPerSecond(timing, start, seconds));

    /// <param name="counts">One timing's count at each second of the range.</param>
    public void Add(int?[] counts)
    {
        var atStart = new int?[_rows];
        for (var s = 0; s < counts.Length; s++)
        {
            if (counts[s] is not { } count)
            {
                continue;
            }
            var row = s / secondsPerRow;
            atStart[row] ??= s % secondsPerRow == 0 ? count : null;
            _min[row] = Math.Min(_min[row] ?? int.MaxValue, count);
            _max[row] = Math.Max(_max[row] ?? int.MinValue, count);
        }
        _atRowStart.Add(atStart);
    }

    public ReplicaBand Band()
    {
        var median = new int?[_rows];
        var counts = new List<int>(_atRowStart.Count);
        for (var row = 0; row < _rows; row++)
        {
            counts.Clear();
            counts.AddRange(_atRowStart.Where(t => t[row] is not null).Select(t => t[row]!.Value));
            counts.Sort();
            median[row] = counts.Count > 0 ? counts[(counts.Count - 1) / 2] : null;
        }
        return new ReplicaBand(_min, median, _max, secondsPerRow);
    }
}
