using System.Text.Json.Serialization;

namespace Orders.Exporter.State;

/// <summary>
/// The exporter's metric values at one instant, as Prometheus would read them. Counters and histograms go
/// into the checkpoint beside the offsets they correspond to; gauges are only mirrored (they are recomputed).
/// </summary>
public sealed class MetricsSnapshot
{
    public List<SeriesValue> Counters { get; init; } = [];
    public List<HistogramValue> Histograms { get; init; } = [];

    [JsonIgnore]
    public List<SeriesValue> Gauges { get; init; } = [];
}
