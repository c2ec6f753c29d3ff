using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Orders.Exporter.Checkpointing;
using Orders.Exporter.Diagnostics;
using Orders.Exporter.Metrics;
using Orders.Exporter.Options;
using Orders.Exporter.Parsing;
using Orders.Exporter.Pipeline;
using Orders.Exporter.Tailing;
using Prometheus;

namespace Orders.Exporter.Hosting;

/// <summary>
/// The stages wired together: tailer -> channel -> processor (parse + record) -> checkpoint. Following, the
/// one-shot mode and the tests all run these same objects; only who calls PollAsync differs.
/// </summary>
public sealed class ExporterPipeline : IDisposable
{
    // A few batches of up to 128 KiB in flight: enough to keep both stages busy, small for the pod's memory.
    private const int ChannelCapacity = 4;

    private ExporterPipeline(LogTailer tailer, Channel<LineBatch> channel, LineBatchProcessor processor, BatchConsumer consumer, SelfMetrics self)
    {
        (Tailer, Channel, Processor, Consumer, Self) = (tailer, channel, processor, consumer, self);
    }

    public LogTailer Tailer { get; }
    public Channel<LineBatch> Channel { get; }
    public LineBatchProcessor Processor { get; }
    public BatchConsumer Consumer { get; }
    public SelfMetrics Self { get; }

    /// <param name="unboundedChannel">Tests poll and then drain on one thread, so the channel must not block.</param>
    /// <param name="extraSink">Tests add a sink that records every entry beside the metrics.</param>
    public static ExporterPipeline Create(AccessLogOptions log, ExporterOptions exporter, CollectorRegistry registry,
        TimeProvider time, ILoggerFactory loggers, bool unboundedChannel = false, IEntrySink? extraSink = null)
    {
        var factory = Prometheus.Metrics.WithCustomRegistry(registry);
        var self = new SelfMetrics(factory);
        var routes = new RouteTable(exporter.Routes.Length > 0 ? exporter.Routes : RouteTable.DefaultTemplates);
        IEntrySink sink = new RequestMetrics(factory, routes, exporter.DurationBuckets.Length > 0 ? exporter.DurationBuckets : null);
        if (extraSink is not null)
        {
            sink = new TeeSink(sink, extraSink);
        }

        var logger = loggers.CreateLogger("Orders.Exporter");
        var throttled = new ThrottledLogger(logger, time);
        var store = string.IsNullOrWhiteSpace(log.CheckpointPath) ? null : new CheckpointStore(log.CheckpointPath, logger);
        var corrupt = false;
        var saved = store?.Load(out corrupt);
        if (corrupt)
        {
            self.CheckpointLoadFailures.Inc();
        }

        var channel = unboundedChannel
            ? System.Threading.Channels.Channel.CreateUnbounded<LineBatch>(new UnboundedChannelOptions { SingleWriter = true, SingleReader = true })
            : System.Threading.Channels.Channel.CreateBounded<LineBatch>(new BoundedChannelOptions(ChannelCapacity) { SingleWriter = true, SingleReader = true });
        var ledger = new CheckpointLedger();
        var tailer = new LogTailer(LogPathPattern.Resolve(log.Path), log.StartAt, log.MaxLineBytes,
            saved is null ? null : CheckpointLedger.ToResumePoints(saved), channel.Writer, throttled, self);
        var processor = new LineBatchProcessor(sink, self, ledger, log.MaxLineBytes, throttled);
        var consumer = new BatchConsumer(processor, ledger, store, self, time, logger);
        return new ExporterPipeline(tailer, channel, processor, consumer, self);
    }

    /// <summary>Tests: one scan, then record everything it read (needs the unbounded channel).</summary>
    public async Task PollAndDrainAsync()
    {
        await Tailer.PollAsync();
        while (Channel.Reader.TryRead(out var batch))
        {
            Processor.Process(batch);
        }
    }

    /// <summary>Graceful stop: read what is left, record it, write the checkpoint.</summary>
    public async Task StopAsync()
    {
        var consuming = Consumer.RunAsync(Channel.Reader);
        try
        {
            await Tailer.PollAsync();
        }
        finally
        {
            Channel.Writer.TryComplete();
            await consuming;
        }
    }

    /// <summary>Following: runs the consumer until the channel completes. If it dies (a bug: bad input is
    /// counted, never thrown), /healthz must say so, and the channel is completed with the error so the tailer
    /// fails at its next write instead of blocking forever on a full channel that nobody reads.</summary>
    public async Task ConsumeAsync(ExporterHealth health, ILogger logger)
    {
        try
        {
            await Consumer.RunAsync(Channel.Reader);
        }
        catch (Exception e)
        {
            health.MarkDied(e);
            logger.LogCritical(e, "The consumer died; nothing more is counted, /healthz answers 503 so the kubelet restarts this container.");
            Channel.Writer.TryComplete(e);
        }
    }

    public void Dispose() => Tailer.Dispose();

    private sealed class TeeSink(IEntrySink first, IEntrySink second) : IEntrySink
    {
        public void Record(in AccessLogEntry entry)
        {
            first.Record(entry);
            second.Record(entry);
        }
    }
}
