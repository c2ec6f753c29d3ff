using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>A directory listing that fails is "unknown", not "every file deleted": the open files stay
/// followed, so nothing is read twice once the listing works again.</summary>
public sealed class ListingFailureTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_failed_listing_keeps_the_open_files_and_counts_no_line_twice()
    {
        // Given a followed directory with one file read to its end
        var logs = _dir.Combine("logs");
        Directory.CreateDirectory(logs);
        var log = Path.Combine(logs, "access-20261128.0000.txt");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1) + W3CLines.Request(2));
        using var exporter = new ExporterHarness(logs);
        await exporter.PollAsync();

        // When the listing fails for one poll with an I/O error (a symbolic link loop: ELOOP; running as root,
        // permissions cannot make it fail)
        Directory.Move(logs, _dir.Combine("logs.away"));
        File.CreateSymbolicLink(logs, logs);
        await exporter.PollAsync();
        File.Delete(logs);
        Directory.Move(_dir.Combine("logs.away"), logs);
        W3CLines.Append(log, W3CLines.Request(3));
        await exporter.PollAsync();

        // Then each line is counted once and the failure is counted
        Assert.Equal(["GET /orders/1 200", "GET /orders/2 200", "GET /orders/3 200"], exporter.Entries);
        var metrics = await exporter.MetricsAsync();
        Assert.Equal(1, metrics.Get("accesslog_files_opened_total"));
        Assert.Equal(1, metrics.Get("accesslog_io_errors_total{operation=\"list\"}"));
    }
}
