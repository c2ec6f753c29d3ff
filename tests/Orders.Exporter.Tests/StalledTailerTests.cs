using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Orders.Exporter.Hosting;
using Orders.Exporter.Options;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>/healthz fails while the tailer has not completed a poll for AccessLog:StallAfter, so the liveness
/// probe restarts a stuck exporter instead of leaving the scaling metric frozen; it recovers when polls do.</summary>
public sealed class StalledTailerTests : IDisposable
{
    private static readonly TimeSpan StallAfter = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Healthz_fails_after_stall_after_without_a_completed_poll_and_recovers_when_polls_complete()
    {
        // Given more files than the bounded channel holds, and a consumer held up (its gate taken), so the
        // tailer's first poll blocks on the full channel: a stuck tailer
        W3CLines.MoreFilesThanTheChannelHolds(_dir.Path);

        var time = new FakeTimeProvider(ExporterHarness.StartTime);
        var health = new ExporterHealth(time, StallAfter);
        using var pipeline = ExporterPipeline.Create(new AccessLogTailOptions { Path = _dir.Path }, new ExporterOptions(),
            Prometheus.Metrics.NewCustomRegistry(), time, NullLoggerFactory.Instance);
        using var release = new ManualResetEventSlim();
        using var gateTaken = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            lock (pipeline.Stages.Keeper.Gate)
            {
                gateTaken.Set();
                release.Wait();
            }
        });
        holder.Start();
        gateTaken.Wait(Deadline);
        using var stopping = new CancellationTokenSource();
        var running = pipeline.RunAsync(health, stopping.Token);

        // When StallAfter passes on the clock without a completed poll
        time.Advance(StallAfter - TimeSpan.FromSeconds(1));
        Assert.Null(health.Failure);
        time.Advance(TimeSpan.FromSeconds(2));

        // Then /healthz's failure says so; and once the consumer moves again, polls complete and it clears
        Assert.Contains("AccessLog:StallAfter", Assert.IsType<TimeoutException>(health.Failure).Message, StringComparison.Ordinal);
        release.Set();
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(health.Failure is null && health.Ready), Deadline));
        await stopping.CancelAsync();
        await running.WaitAsync(Deadline);
        holder.Join(Deadline);
    }
}
