using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Orders.Exporter.Hosting;
using Orders.Exporter.Options;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>A consumer that dies (a bug) must not go unseen: /healthz turns dead with its error, and the
/// tailer fails at its next write instead of blocking forever on the full bounded channel.</summary>
public sealed class ConsumerFailureTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_dead_consumer_marks_the_exporter_dead_and_releases_the_tailer()
    {
        // Given more files than the bounded channel holds, and a checkpoint path that makes the consumer's
        // first save throw something that is not an I/O error (ArgumentException: a NUL in the path)
        W3CLines.MoreFilesThanTheChannelHolds(_dir.Path);

        var options = new AccessLogTailOptions { Path = _dir.Path, CheckpointPath = _dir.Combine("checkpoint\0.json") };
        using var pipeline = ExporterPipeline.Create(options, new ExporterOptions(), Prometheus.Metrics.NewCustomRegistry(),
            new FakeTimeProvider(), NullLoggerFactory.Instance);
        var health = new ExporterHealth();

        // When the consumer runs as in following mode and the tailer scans
        var consuming = Task.Run(() => pipeline.ConsumeAsync(health));
        var polling = pipeline.Stages.Tailer.PollAsync();

        // Then the tailer's write fails (the guard only stops a hang from hanging the suite) and health is dead
        // with the consumer's own error, not the tailer's consequence
        await Assert.ThrowsAsync<ChannelClosedException>(() => polling.WaitAsync(TimeSpan.FromSeconds(30)));
        await consuming;
        Assert.IsType<ArgumentException>(health.Failure);
        Assert.False(health.Ready);
    }
}
