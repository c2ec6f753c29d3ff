using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Orders.Exporter.Hosting;
using Orders.Exporter.Options;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>Only regular files are opened: opening a FIFO named like a log file would block the tailer forever.</summary>
[Trait("Category", "Process")]
public sealed class SpecialFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_fifo_named_like_a_log_file_is_skipped_with_one_message_and_never_opened()
    {
        // Given a FIFO among the log files (nobody writes to it: opening it would block)
        W3CLines.Append(_dir.Combine("access-20261128.0000.txt"), W3CLines.Header() + W3CLines.Request(1));
        using (var mkfifo = Process.Start("mkfifo", [_dir.Combine("access-20261128.0001.txt")]))
        {
            await mkfifo.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var logger = new CapturingLogger();
        var registry = Prometheus.Metrics.NewCustomRegistry();
        using var pipeline = new ExporterPipelineBuilder(new AccessLogTailOptions { Path = _dir.Path }, new ExporterOptions(), registry,
            TimeProvider.System, new SingleLoggerFactory(logger)) { UnboundedChannel = true }.Build();

        // When the tailer scans twice (the guard only keeps a blocked open from hanging the suite)
        await Task.Run(pipeline.Stages.Tailer.PollAsync).WaitAsync(TimeSpan.FromSeconds(20));
        await Task.Run(pipeline.Stages.Tailer.PollAsync).WaitAsync(TimeSpan.FromSeconds(20));

        // Then the regular file is followed, the FIFO is not, and it was said once
        Assert.Equal(1, pipeline.Stages.Tailer.FollowedFiles);
        Assert.Single(logger.Entries, e => e.Message.Contains("not a regular file", StringComparison.Ordinal));
    }
}
