using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Orders.Exporter.Hosting;
using Orders.Exporter.Options;
using Orders.Exporter.Tailing;
using Prometheus;

namespace Orders.Exporter.Tests.Support;

/// <summary>
/// The real pipeline (tailer, channel, processor, checkpoint) driven from the test: PollAsync is "poll now",
/// time is a FakeTimeProvider, every entry is also recorded. RestartAsync stops gracefully (checkpoint) and
/// starts a new exporter on the same checkpoint with a fresh registry, as a new process would. MetricsAsync reads
/// what Prometheus would (writing a checkpoint first when one is configured); as the fake clock does not move,
/// a second read after more lines serves the first read's checkpoint (CheckpointKeeper.RecentEnough) unless
/// the test advances Time. A process started on a checkpoint serves nothing until its first PollAsync, as a
/// running exporter serves nothing until its first scan is recorded (<see cref="ScanAsync"/> shows when).
/// </summary>
public sealed class ExporterHarness : IDisposable
{
    private readonly List<string> _allEntries = [];
    private readonly ILoggerFactory _loggers;
    private RecordingSink _sink = new();
    private ExporterHealth _health = new();

    public ExporterHarness(string path, string? checkpointPath = null, StartPosition startAt = StartPosition.Beginning, int maxLineBytes = 64 * 1024,
        FakeTimeProvider? time = null, ILogger? logger = null)
    {
        _loggers = logger is null ? NullLoggerFactory.Instance : new SingleLoggerFactory(logger);
        Time = time ?? new FakeTimeProvider(StartTime);
        Options = new AccessLogTailOptions { Path = path, CheckpointPath = checkpointPath, StartAt = startAt, MaxLineBytes = maxLineBytes };
        Pipeline = Start();
    }

    public AccessLogTailOptions Options { get; }
    public static readonly DateTimeOffset StartTime = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; }
    public CollectorRegistry Registry { get; private set; } = null!;
    public ExporterPipeline Pipeline { get; private set; }

    /// <summary>Every entry recorded, across restarts.</summary>
    public IReadOnlyList<string> Entries => [.. _allEntries, .. _sink.Entries];

    /// <summary>One scan, then record everything it read on this thread (the channel is unbounded).</summary>
    public async Task PollAsync()
    {
        await Pipeline.Stages.Tailer.PollAsync();
        while (Pipeline.Stages.Channel.Reader.TryRead(out var batch))
        {
            Pipeline.Stages.Processor.Process(batch);
        }
        Pipeline.Stages.Keeper.MarkCaughtUp(); // what the consumer does after the first scan of a running exporter
    }

    /// <summary>One poll as a following exporter makes it (<see cref="ExporterPipeline.ScanAsync"/>), each batch
    /// recorded and counted as the consumer does; unlike <see cref="PollAsync"/> it never marks the exporter caught
    /// up itself, so a test sees when the catch-up gate opens.</summary>
    public async Task ScanAsync()
    {
        await Pipeline.ScanAsync(_health);
        while (Pipeline.Stages.Channel.Reader.TryRead(out var batch))
        {
            Pipeline.Stages.Processor.Process(batch);
            Pipeline.Stages.CatchUp.Finished();
        }
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        StartAgain();
    }

    /// <summary>Graceful stop (SIGTERM): read what is left, record it, write the checkpoint.</summary>
    public async Task StopAsync()
    {
        await Pipeline.ReadToEndAsync();
        Pipeline.Dispose();
        _allEntries.AddRange(_sink.Entries);
        _sink = new RecordingSink();
    }

    /// <summary>SIGKILL and a new process: no last read, no last checkpoint; what this process recorded after
    /// its last checkpoint is recorded again by the next (so <see cref="Entries"/> no longer applies).</summary>
    public void KillAndStartAgain()
    {
        Pipeline.Dispose();
        StartAgain();
    }

    /// <summary>A new exporter process on the same options and checkpoint (a fresh registry).</summary>
    public void StartAgain() => Pipeline = Start();

    public Task<Dictionary<string, double>> MetricsAsync() => MetricsText.ReadAsync(Registry);

    public void Dispose() => Pipeline.Dispose();

    private ExporterPipeline Start()
    {
        _sink = new RecordingSink();
        _health = new ExporterHealth();
        Registry = Prometheus.Metrics.NewCustomRegistry();
        return new ExporterPipelineBuilder(Options, new ExporterOptions(), Registry, Time, _loggers)
        {
            UnboundedChannel = true,
            ExtraSink = _sink,
        }.Build();
    }
}
