using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>
/// The catch-up gate, fast (ScrapedAcrossRestartsTests covers it with real processes): an exporter resumed from
/// a checkpoint serves nothing until the first scan that listed the directory is recorded, then the totals. A
/// first scan whose listing failed read nothing, so serving then would show the checkpoint's older values,
/// which Prometheus reads as a counter reset.
/// </summary>
public sealed class CatchUpGateTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _logs;
    private readonly string _log;
    private readonly ExporterHarness _exporter;

    public CatchUpGateTests()
    {
        _logs = Directory.CreateDirectory(_dir.Combine("logs")).FullName;
        _log = Path.Combine(_logs, "access-20261128.0000.txt");
        _exporter = new ExporterHarness(_logs, _dir.Combine("checkpoint.json"));
    }

    public void Dispose()
    {
        _exporter.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task A_resumed_exporter_serves_nothing_until_its_first_scan_is_recorded_then_the_totals()
    {
        // Given a checkpoint of 3 orders and 2 more written after it
        await CheckpointThreeThenWriteTwoMoreAsync();

        // When a new process starts on that checkpoint
        _exporter.KillAndStartAgain();

        // Then it serves nothing before its first scan, and the totals after it
        Assert.False((await _exporter.MetricsAsync()).ContainsKey("product_order_total"), "served the checkpoint's 3 before reading the 2 after it");
        await _exporter.ScanAsync();
        Assert.Equal(5, (await _exporter.MetricsAsync()).Get("product_order_total"));
    }

    [Fact]
    public async Task A_first_scan_whose_listing_failed_keeps_the_gate_closed_until_a_listing_succeeds()
    {
        await CheckpointThreeThenWriteTwoMoreAsync();
        _exporter.KillAndStartAgain();

        // When its first scan cannot list the directory (a symbolic link loop: ELOOP; as root, permissions cannot
        // make it fail)
        var away = _dir.Combine("logs.away");
        Directory.Move(_logs, away);
        File.CreateSymbolicLink(_logs, _logs);
        await _exporter.ScanAsync();
        var duringFailure = await _exporter.MetricsAsync();
        var live = await MetricsText.ReadAsync(_exporter.Pipeline.Stages.Working); // not served while the gate is closed
        File.Delete(_logs);
        Directory.Move(away, _logs);

        // Then it serves nothing until a scan lists the files and is recorded
        Assert.Equal(1, live.Get("accesslog_io_errors_total{operation=\"list\"}"));
        Assert.False(duringFailure.ContainsKey("product_order_total"), "served the checkpoint's 3 after a scan that read nothing");
        await _exporter.ScanAsync();
        Assert.Equal(5, (await _exporter.MetricsAsync()).Get("product_order_total"));
    }

    private async Task CheckpointThreeThenWriteTwoMoreAsync()
    {
        await _exporter.PollAsync();
        W3CLines.Append(_log, W3CLines.Header());
        for (var order = 1; order <= 3; order++)
        {
            W3CLines.Append(_log, W3CLines.Request(order, stem: "/product"));
        }
        await _exporter.PollAsync();
        Assert.Equal(3, (await _exporter.MetricsAsync()).Get("product_order_total")); // this scrape writes the checkpoint
        W3CLines.Append(_log, W3CLines.Request(4, stem: "/product") + W3CLines.Request(5, stem: "/product"));
    }
}
