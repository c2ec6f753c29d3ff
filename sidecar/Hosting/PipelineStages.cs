using System.Threading.Channels;
using Orders.Exporter.Metrics;
using Orders.Exporter.Pipeline;
using Orders.Exporter.State;
using Orders.Exporter.Tailing;
using Prometheus;

namespace Orders.Exporter.Hosting;

/// <summary>The stages of one <see cref="ExporterPipeline"/>, for the pipeline itself and for tests that drive
/// a stage alone (through InternalsVisibleTo); nothing outside the exporter reaches them.</summary>
internal sealed class PipelineStages(LogTailer tailer, Channel<LineBatch> channel, LineBatchProcessor processor,
    BatchConsumer consumer, SelfMetrics self, CollectorRegistry working, CheckpointKeeper keeper,
    CatchUpTracker catchUp) : IDisposable
{
    public LogTailer Tailer { get; } = tailer;
    public Channel<LineBatch> Channel { get; } = channel;
    public LineBatchProcessor Processor { get; } = processor;
    public BatchConsumer Consumer { get; } = consumer;
    public SelfMetrics Self { get; } = self;

    /// <summary>The live values, ahead of what is served (tests that must not trigger a checkpoint read these).</summary>
    public CollectorRegistry Working { get; } = working;

    public CheckpointKeeper Keeper { get; } = keeper;
    public CatchUpTracker CatchUp { get; } = catchUp;

    public void Dispose() => Tailer.Dispose();
}
