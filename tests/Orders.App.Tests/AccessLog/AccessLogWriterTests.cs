using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orders.App.AccessLog;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.AccessLog;

public sealed class AccessLogWriterTests
{
    [Fact]
    public async Task Stopping_returns_only_after_every_queued_line_is_in_the_file()
    {
        // Given: a running writer and a burst of lines, most of them still queued (the writer pauses between writes)
        using var logs = new TempDirectory();
        var queue = new AccessLogQueue();
        var writer = new AccessLogWriter(queue, Options.Create(new AccessLogWriterOptions { Directory = logs.Path }), TimeProvider.System, NullLogger<AccessLogWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        const int lines = 5_000;
        for (var i = 0; i < lines; i++)
        {
            Assert.True(await queue.EnqueueAsync(Line(i)));
        }

        // When: the host reports that the server has stopped
        await writer.StoppedAsync(CancellationToken.None);

        // Then: nothing is left behind, nothing doubled, in order
        Assert.Equal(Enumerable.Range(0, lines).Select(i => $"line {i}"), AccessLogFiles.EntryLines(logs.Path));
    }

    private static AccessLogLine Line(int number)
    {
        var text = Encoding.UTF8.GetBytes($"line {number}\n");
        var buffer = LineBuffers.Rent(text.Length);
        text.CopyTo(buffer, 0);
        return new AccessLogLine(buffer, text.Length);
    }
}
