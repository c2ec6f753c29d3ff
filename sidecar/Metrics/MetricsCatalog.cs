using Prometheus;

namespace Orders.Exporter.Metrics;

/// <summary>
/// Creates the exporter's collectors and remembers them by name, so that a checkpoint's values can be put
/// back into them and their help text and labels can be copied to the registry Prometheus scrapes
/// (<see cref="Orders.Exporter.State.MetricsMirror"/>).
/// </summary>
public sealed class MetricsCatalog(CollectorRegistry registry)
{
    private readonly IMetricFactory _factory = Prometheus.Metrics.WithCustomRegistry(registry);
    private readonly Dictionary<string, Collector> _collectors = [];
    private readonly Dictionary<string, double[]> _upperBounds = [];

    public CollectorRegistry Registry => registry;

    public IReadOnlyDictionary<string, Collector> Collectors => _collectors;

    public Counter Counter(string name, string help, params string[] labelNames) =>
        Remember(_factory.CreateCounter(name, help, labelNames));

    public Gauge Gauge(string name, string help, params string[] labelNames) =>
        Remember(_factory.CreateGauge(name, help, labelNames));

    public Histogram Histogram(string name, string help, string[] labelNames, double[] buckets)
    {
        _upperBounds[name] = [.. buckets, double.PositiveInfinity];
        return Remember(_factory.CreateHistogram(name, help, new HistogramConfiguration { LabelNames = labelNames, Buckets = buckets }));
    }

    /// <summary>A histogram's bucket upper bounds, +Inf last.</summary>
    public double[] UpperBounds(string histogram) => _upperBounds[histogram];

    private T Remember<T>(T collector) where T : Collector
    {
        _collectors[collector.Name] = collector;
        return collector;
    }
}
