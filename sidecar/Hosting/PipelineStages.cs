using System.Threading.Channels;
using Orders.Exporter.Metrics;
using Orders.Exporter.Pipeline;
using Orders.Exporter.Tailing;

namespace Orders.Exporter.Hosting;

/// <summary>The stages of one <see cref="ExporterPipeline"/>, for the pipeline itself and for tests that drive
/// a stage alone (through InternalsVisibleTo); nothing outside the exporter reaches them.</summary>
internal sealed class PipelineStages(LogTailer tailer, Channel<LineBatch> channel, LineBatchProcessor processor,
    BatchConsumer consumer, SelfMetrics self) : IDisposable
{
    public LogTailer Tailer { get; } = tailer;
    public Channel<LineBatch> Channel { get; } = channel;
    public LineBatchProcessor Processor { get; } = processor;
    public BatchConsumer Consumer { get; } = consumer;
    public SelfMetrics Self { get; } = self;

    public void Dispose() => Tailer.Dispose();
}
