using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Orders.Exporter.Checkpointing;
using Orders.Exporter.Diagnostics;
using Orders.Exporter.Metrics;
using Orders.Exporter.Options;
using Orders.Exporter.Parsing;
using Orders.Exporter.Pipeline;
using Orders.Exporter.State;
using Orders.Exporter.Tailing;
using Prometheus;

namespace Orders.Exporter.Hosting;

/// <summary>
/// Wires tailer -> channel -> processor (parse + record) -> checkpoint. Production uses the defaults through
/// <see cref="ExporterPipeline.Create"/>; tests set the two knobs below (internal, so they stay out of the
/// exporter's public signatures).
/// </summary>
internal sealed class ExporterPipelineBuilder(AccessLogTailOptions log, ExporterOptions exporter, CollectorRegistry registry,
    TimeProvider time, ILoggerFactory loggers)
{
    // A few batches of up to 128 KiB in flight: enough to keep both stages busy, small for the pod's memory.
    private const int ChannelCapacity = 4;

    /// <summary>Tests poll and then drain on one thread, so the channel must not block.</summary>
    public bool UnboundedChannel { get; init; }

    /// <summary>Tests add a sink that records every entry beside the metrics.</summary>
    public IEntrySink? ExtraSink { get; init; }

    public ExporterPipeline Build()
    {
        // The consumer counts into a working registry; the registry served (the one given) gets copies of
        // values already checkpointed (State/MetricsMirror).
        var working = new MetricsCatalog(Prometheus.Metrics.NewCustomRegistry());
        var self = new SelfMetrics(working);
        var routes = new RouteTable(exporter.Routes.Length > 0 ? exporter.Routes : RouteTable.DefaultTemplates);
        IEntrySink sink = new RequestMetrics(working, routes, exporter.DurationBuckets.Length > 0 ? exporter.DurationBuckets : null);
        if (ExtraSink is not null)
        {
            sink = new TeeSink(sink, ExtraSink);
        }

        var logger = loggers.CreateLogger("Orders.Exporter");
        var throttled = new ThrottledLogger(logger, time);
        var pattern = LogPathPattern.Resolve(log.Path);
        var store = string.IsNullOrWhiteSpace(log.CheckpointPath) ? null : new CheckpointStore(log.CheckpointPath, pattern.ToString(), logger);
        var corrupt = false;
        var saved = store?.Load(out corrupt);
        if (saved is not null)
        {
            new MetricsWriter(working, working).Apply(saved.Metrics, includeGauges: false);
        }

        if (corrupt)
        {
            self.CheckpointLoadFailures.Inc();
        }

        // With a checkpoint configured but none usable (lost, corrupt, foreign), reading what is on disk from
        // its start would count it again: one jump that rate() turns into a spike. Skip it, counted.
        var startAt = store is not null && saved is null ? StartPosition.End : log.StartAt;

        var channel = UnboundedChannel
            ? Channel.CreateUnbounded<LineBatch>(new UnboundedChannelOptions { SingleWriter = true, SingleReader = true })
            : Channel.CreateBounded<LineBatch>(new BoundedChannelOptions(ChannelCapacity) { SingleWriter = true, SingleReader = true });
        var ledger = new CheckpointLedger();
        var processor = new LineBatchProcessor(sink, self, ledger, log.MaxLineBytes, throttled);
        var keeper = new CheckpointKeeper(ledger, store, pattern.ToString(), working, new MetricsMirror(working, registry), self, time, logger,
            resumed: saved is not null);
        var catchUp = new CatchUpTracker(keeper);
        var tailer = new LogTailer(pattern, startAt, log.MaxLineBytes,
            saved is null ? null : CheckpointLedger.ToResumePoints(saved), new CountingBatchWriter(channel.Writer, catchUp), throttled, self);
        registry.AddBeforeCollectCallback(keeper.Publish);
        var consumer = new BatchConsumer(processor, keeper, catchUp, time, logger);
        var stages = new PipelineStages(tailer, channel, processor, consumer, self, working.Registry, keeper, catchUp);
        return new ExporterPipeline(stages, log, time, logger);
    }

    private sealed class TeeSink(IEntrySink first, IEntrySink second) : IEntrySink
    {
        public void Record(in AccessLogEntry entry)
        {
            first.Record(entry);
            second.Record(entry);
        }
    }
}
