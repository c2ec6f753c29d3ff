using Orders.Exporter.Metrics;
using Prometheus;

namespace Orders.Exporter.State;

/// <summary>
/// The registry Prometheus scrapes holds copies, not the live collectors: the consumer counts into a working
/// registry, and only values already written to the checkpoint are copied here (the live ones while writes
/// fail: see <see cref="CheckpointKeeper"/>). So every value Prometheus has seen is at most what a restarted
/// exporter serves, whatever kills it: no decrease (reset), no jump. Each scrape first brings the copies up to
/// date (saving the checkpoint first if needed).
/// </summary>
internal sealed class MetricsMirror(MetricsCatalog working, CollectorRegistry served)
{
    private readonly MetricsWriter _writer = new(new MetricsCatalog(served), working);

    public void Apply(MetricsSnapshot snapshot) => _writer.Apply(snapshot, includeGauges: true);
}
