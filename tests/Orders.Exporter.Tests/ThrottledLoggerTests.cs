using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Orders.Exporter.Diagnostics;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>A problem is logged with its file and a clear message at most once per file and kind per minute.</summary>
public sealed class ThrottledLoggerTests
{
    private readonly CapturingLogger _logger = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Logs_a_repeated_problem_once_per_file_and_kind_per_minute()
    {
        var log = new ThrottledLogger(_logger, _time);

        // The same problem a thousand times within the minute: one message naming the file
        for (var i = 0; i < 1000; i++)
        {
            log.Warning("/logs/a.txt", "malformed", "line 7 is not a W3C request line; skipped and counted.");
        }

        Assert.Equal([(LogLevel.Warning, "/logs/a.txt: line 7 is not a W3C request line; skipped and counted.")], _logger.Entries);

        // Another file, or another kind of problem, is not silenced by the first
        log.Warning("/logs/b.txt", "malformed", "bad");
        log.Information("/logs/a.txt", "truncated", "read again from 0");
        Assert.Equal(3, _logger.Entries.Count);

        // Just under a minute later still quiet; a minute after the first message it is logged again
        _time.Advance(TimeSpan.FromMinutes(1) - TimeSpan.FromTicks(1));
        log.Warning("/logs/a.txt", "malformed", "again");
        Assert.Equal(3, _logger.Entries.Count);
        _time.Advance(TimeSpan.FromTicks(1));
        log.Warning("/logs/a.txt", "malformed", "again");
        Assert.Equal((LogLevel.Warning, "/logs/a.txt: again"), _logger.Entries[^1]);
        Assert.Equal(4, _logger.Entries.Count);
    }
}
