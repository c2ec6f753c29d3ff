using Orders.Exporter.Metrics;
using Prometheus;

namespace Orders.Exporter.State;

/// <summary>
/// Brings the collectors of a <see cref="MetricsCatalog"/> up to a snapshot's values with operations that only
/// make series grow: counters by IncTo, histograms by <see cref="HistogramFill"/> on the difference from what
/// this writer applied before. Used to restore a checkpoint into a new process's collectors, and to mirror
/// the checkpointed values into the registry Prometheus scrapes (<see cref="MetricsMirror"/>). A series whose
/// shape changed (other bucket bounds, other labels) is left as it is: a reset there is safer than a guess.
/// </summary>
internal sealed class MetricsWriter(MetricsCatalog target, MetricsCatalog shape)
{
    private readonly Dictionary<string, HistogramValue> _applied = [];

    public void Apply(MetricsSnapshot snapshot, bool includeGauges)
    {
        foreach (var series in snapshot.Counters)
        {
            if (CollectorFor(series.Name, series.Labels) is Counter counter)
            {
                (series.Labels.Length == 0 ? (ICounter)counter : counter.WithLabels(series.Labels)).IncTo(series.Value);
            }
        }
        foreach (var series in snapshot.Histograms)
        {
            if (CollectorFor(series.Name, series.Labels) is Histogram histogram
                && shape.UpperBounds(series.Name).AsSpan().SequenceEqual(series.UpperBounds))
            {
                Grow(series.Labels.Length == 0 ? histogram : histogram.WithLabels(series.Labels), series);
            }
        }
        foreach (var series in includeGauges ? snapshot.Gauges : [])
        {
            if (CollectorFor(series.Name, series.Labels) is Gauge gauge)
            {
                (series.Labels.Length == 0 ? (IGauge)gauge : gauge.WithLabels(series.Labels)).Set(series.Value);
            }
        }
    }

    private void Grow(IHistogram child, HistogramValue series)
    {
        var key = series.Name + "\n" + string.Join('\n', series.Labels);
        var before = _applied.GetValueOrDefault(key);
        var counts = new long[series.Counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = series.Counts[i] - (before?.Counts[i] ?? 0);
            if (counts[i] < 0)
            {
                return; // went backwards: not the same series
            }
        }
        var values = HistogramFill.Values(series.UpperBounds, counts, series.Sum - (before?.Sum ?? 0));
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                child.Observe(values[i], counts[i]);
            }
        }
        _applied[key] = series;
    }

    /// <summary>The target's collector of that name, created like the shape's one if the target lacks it.</summary>
    private Collector? CollectorFor(string name, string[] labels)
    {
        if (!shape.Collectors.TryGetValue(name, out var model) || model.LabelNames.Length != labels.Length)
        {
            return null;
        }

        if (target.Collectors.TryGetValue(name, out var existing))
        {
            return existing;
        }

        return model switch
        {
            Counter => target.Counter(name, model.Help, model.LabelNames),
            Gauge => target.Gauge(name, model.Help, model.LabelNames),
            Histogram => target.Histogram(name, model.Help, model.LabelNames, shape.UpperBounds(name)[..^1]),
            _ => null,
        };
    }
}
