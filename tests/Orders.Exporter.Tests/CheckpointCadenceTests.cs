using Orders.Exporter.Pipeline;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>
/// The checkpoint is written at most every 250 ms while lines flow, once more when they stop, and not again
/// while nothing changes. Time is a FakeTimeProvider; the consumer runs on its own task, as in the service.
/// </summary>
public sealed class CheckpointCadenceTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Writes_at_most_every_250_ms_while_lines_flow_and_once_when_they_stop()
    {
        // Given a consumer running on its own task
        var log = _dir.Combine("access.log");
        var time = new TimerCountingTimeProvider(ExporterHarness.StartTime);
        using var exporter = new ExporterHarness(log, _dir.Combine("state", "checkpoint.json"), time: time);
        var consuming = Task.Run(() => exporter.Pipeline.Stages.Consumer.RunAsync(exporter.Pipeline.Stages.Channel.Reader));
        await exporter.Pipeline.Stages.Tailer.PollAsync(); // started before the app writes

        // When the first batch is recorded, the checkpoint is written at once
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1));
        await exporter.Pipeline.Stages.Tailer.PollAsync();
        Assert.True(await Eventually(async () => await Writes(exporter) == 1 && await Parsed(exporter) == 1));

        // And more lines within the same 250 ms are recorded without a write
        var timers = time.TimersCreated;
        W3CLines.Append(log, W3CLines.Request(2));
        await exporter.Pipeline.Stages.Tailer.PollAsync();
        Assert.True(await Eventually(async () => await Parsed(exporter) == 2));
        Assert.Equal(1, await Writes(exporter));

        // Then when 250 ms have passed with lines waiting to be checkpointed, it writes once more, then rests
        // (the clock moves only once the consumer has armed its timer for the rest of the interval)
        Assert.True(await Eventually(() => Task.FromResult(time.TimersCreated > timers)));
        exporter.Time.Advance(BatchConsumer.CheckpointInterval);
        Assert.True(await Eventually(async () => await Writes(exporter) == 2));
        exporter.Time.Advance(TimeSpan.FromSeconds(5));
        exporter.Pipeline.Stages.Channel.Writer.Complete();
        await consuming.WaitAsync(Deadline);
        Assert.Equal(2, await Writes(exporter));
    }

    // The live values: reading the served registry would write a checkpoint of its own (before each scrape).
    private static async Task<double> Writes(ExporterHarness exporter) => (await MetricsText.ReadAsync(exporter.Pipeline.Stages.Working)).Get("accesslog_checkpoint_writes_total");

    private static async Task<double> Parsed(ExporterHarness exporter) => (await MetricsText.ReadAsync(exporter.Pipeline.Stages.Working)).Get("accesslog_lines_total{result=\"parsed\"}");

    private static Task<bool> Eventually(Func<Task<bool>> condition) => Orders.TestSupport.Eventually.HoldsAsync(condition, Deadline);
}
