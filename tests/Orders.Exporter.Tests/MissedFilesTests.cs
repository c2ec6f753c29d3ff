using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>A rolled file deleted before the tailer saw it (a gap in access-yyyyMMdd.NNNN) is counted and said
/// once; files that were merely read and deleted, or renamed, are not misses.</summary>
public sealed class MissedFilesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_file_rolled_away_unread_is_counted_in_files_missed_once()
    {
        // Given files 0000 and 0001 followed (0000 then deleted by retention after it was read)
        var logger = new CapturingLogger();
        using var exporter = new ExporterHarness(_dir.Path, logger: logger);
        W3CLines.Append(File(0), W3CLines.Header() + W3CLines.Request(1));
        W3CLines.Append(File(1), W3CLines.Header() + W3CLines.Request(2));
        await exporter.PollAsync();
        System.IO.File.Delete(File(0));

        // When 0002 and 0003 are written and 0002 is deleted before the next poll
        W3CLines.Append(File(2), W3CLines.Header() + W3CLines.Request(3));
        W3CLines.Append(File(3), W3CLines.Header() + W3CLines.Request(4));
        System.IO.File.Delete(File(2));
        await exporter.PollAsync();
        await exporter.PollAsync();

        // Then 0002 is one miss, said once; the others are counted as usual
        var metrics = await exporter.MetricsAsync();
        Assert.Equal(1, metrics.Get("accesslog_files_missed_total"));
        Assert.Single(logger.Entries, e => e.Message.Contains("access-20261128.0002.txt was deleted before it could be read", StringComparison.Ordinal));
        Assert.Equal(["GET /orders/1 200", "GET /orders/2 200", "GET /orders/4 200"], exporter.Entries);
    }

    [Fact]
    public async Task A_new_day_starting_at_0000_is_not_a_miss_and_one_starting_later_is()
    {
        using var exporter = new ExporterHarness(_dir.Path);
        W3CLines.Append(_dir.Combine("access-20261128.0007.txt"), W3CLines.Header()); // the baseline: before start is unknown
        await exporter.PollAsync();

        W3CLines.Append(_dir.Combine("access-20261129.0000.txt"), W3CLines.Header());
        await exporter.PollAsync();
        W3CLines.Append(_dir.Combine("access-20261130.0002.txt"), W3CLines.Header());
        await exporter.PollAsync();

        Assert.Equal(2, (await exporter.MetricsAsync()).Get("accesslog_files_missed_total"));
    }

    private string File(int number) => _dir.Combine($"access-20261128.{number:D4}.txt");
}
