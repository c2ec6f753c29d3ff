namespace Orders.Pipeline.Load;

/// <summary>Counts a run second by second. Thread-safe: responses complete on pool threads while the
/// scheduler keeps sending. One lock is enough at the rates a 2-core machine can generate.</summary>
public sealed class LoadRecorder
{
    private readonly object _gate = new();
    private readonly List<Bucket> _buckets = [];

    public void Sent(TimeSpan scheduled) => Update(scheduled, b => b.Sent++);

    public void Dropped(TimeSpan scheduled) => Update(scheduled, b => b.Dropped++);

    public void Completed(TimeSpan at, RequestOutcome outcome, TimeSpan latency) => Update(at, b =>
    {
        switch (outcome)
        {
            case RequestOutcome.Ok:
                b.Ok++;
                b.Latencies.Add(latency.TotalMilliseconds);
                break;
            case RequestOutcome.Timeout:
                b.Timeouts++;
                break;
            default:
                b.Errors++;
                b.Latencies.Add(latency.TotalMilliseconds);
                break;
        }
    });

    /// <summary>The summary of second <paramref name="second"/> (zero-based).</summary>
    public LoadSecond Summarize(int second, double targetRate)
    {
        lock (_gate)
        {
            var b = second < _buckets.Count ? _buckets[second] : new Bucket();
            var sorted = b.Latencies.Order().ToArray();
            return new LoadSecond(second, targetRate, b.Sent, b.Ok, b.Errors, b.Timeouts, b.Dropped,
                Percentile(sorted, 0.50), Percentile(sorted, 0.99));
        }
    }

    /// <summary>Every latency recorded so far, second by second, copied.</summary>
    public LoadLatencies Latencies()
    {
        lock (_gate)
        {
            return new LoadLatencies([.. _buckets.Select(b => b.Latencies.ToArray())]);
        }
    }

    /// <summary>How many seconds have any data.</summary>
    public int Seconds
    {
        get
        {
            lock (_gate)
            {
                return _buckets.Count;
            }
        }
    }

    /// <summary>Nearest-rank percentile (the value below which the fraction <paramref name="p"/> falls).</summary>
    internal static double? Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return null;
        }
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private void Update(TimeSpan at, Action<Bucket> change)
    {
        var second = (int)Math.Max(0, Math.Floor(at.TotalSeconds));
        lock (_gate)
        {
            while (_buckets.Count <= second)
            {
                _buckets.Add(new Bucket());
            }
            change(_buckets[second]);
        }
    }

    private sealed class Bucket
    {
        public long Sent { get; set; }
        public long Ok { get; set; }
        public long Errors { get; set; }
        public long Timeouts { get; set; }
        public long Dropped { get; set; }
        public List<double> Latencies { get; } = [];
    }
}
