using Microsoft.Extensions.Logging;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>
/// The checkpoint on a real full file system (a 64 KiB tmpfs, filled): /metrics keeps counting the orders
/// appended, accesslog_checkpoint_write_failures_total says why the checkpoint stopped, one warning is logged;
/// a process restarted after space returns resumes from the older checkpoint, serves nothing lower than what
/// was served before, and reaches exactly the totals.
/// </summary>
[Trait("Category", "Process")]
public sealed class CheckpointOnFullDiskTests : IDisposable
{
    private const string Failures = "accesslog_checkpoint_write_failures_total";
    private readonly TempDirectory _dir = new();
    private int _orders;

    public void Dispose() => _dir.Dispose();

    [TmpfsFact]
    public async Task A_full_volume_serves_live_values_counts_the_failures_and_a_restart_is_exact()
    {
        // Given an exporter whose checkpoint holds 3 orders
        using var disk = SmallTmpfs.Mount();
        var logger = new CapturingLogger();
        var log = Path.Combine(Directory.CreateDirectory(_dir.Combine("logs")).FullName, "access-20261128.0000.txt");
        using var exporter = new ExporterHarness(Path.GetDirectoryName(log)!, disk.Combine("checkpoint.json"), logger: logger);
        await exporter.PollAsync(); // started before the app writes, as the native sidecar is
        W3CLines.Append(log, W3CLines.Header());
        await AppendOrdersAndScrapeAsync(exporter, log, 3);

        // When its volume is full and orders keep coming
        disk.Fill();
        var during = await AppendOrdersAndScrapeAsync(exporter, log, 3);
        var later = await AppendOrdersAndScrapeAsync(exporter, log, 3);

        // Then /metrics follows them, the failures are counted, and logged once
        Assert.Equal(6, during.Get("product_order_total"));
        Assert.Equal(9, later.Get("product_order_total"));
        Assert.InRange(during.Get(Failures), 1, double.MaxValue);
        Assert.True(later.Get(Failures) > during.Get(Failures), "the failure counter did not rise with the second failed write");
        Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Writing the checkpoint", StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.GetFiles(disk.Path), path => path.EndsWith(".tmp", StringComparison.Ordinal)); // no half-written file holds the space

        // And after space returns, a process killed while the checkpoint said 3 resumes from it: it serves
        // nothing below 9 while it reads the lines after that checkpoint again, then exactly 9
        disk.MakeRoom();
        exporter.KillAndStartAgain();
        Assert.False((await exporter.MetricsAsync()).ContainsKey("product_order_total"), "a restarted exporter served its older checkpoint before catching up");
        await exporter.PollAsync();
        var restarted = await exporter.MetricsAsync();
        Assert.Equal(9, restarted.Get("product_order_total"));
        Assert.Equal(9, restarted.Sum("http_requests_total"));
        Assert.Equal(0, restarted.Get(Failures));
    }

    [TmpfsFact]
    public async Task When_space_returns_the_checkpoint_is_written_again_and_that_is_logged_once()
    {
        using var disk = SmallTmpfs.Mount();
        var logger = new CapturingLogger();
        var log = Path.Combine(Directory.CreateDirectory(_dir.Combine("logs")).FullName, "access-20261128.0000.txt");
        using var exporter = new ExporterHarness(Path.GetDirectoryName(log)!, disk.Combine("checkpoint.json"), logger: logger);
        await exporter.PollAsync(); // started before the app writes, as the native sidecar is
        W3CLines.Append(log, W3CLines.Header());
        await AppendOrdersAndScrapeAsync(exporter, log, 2);
        disk.Fill();
        var failing = await AppendOrdersAndScrapeAsync(exporter, log, 2);

        // When space returns
        disk.MakeRoom();
        var recovered = await AppendOrdersAndScrapeAsync(exporter, log, 2);
        var after = await AppendOrdersAndScrapeAsync(exporter, log, 2);

        // Then the failures stop, recovery is logged once, and the checkpoint holds the totals
        Assert.Equal(failing.Get(Failures), after.Get(Failures));
        Assert.Single(logger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("written again", StringComparison.Ordinal));
        Assert.Equal(6, recovered.Get("product_order_total"));
        exporter.KillAndStartAgain();
        await exporter.PollAsync();
        Assert.Equal(8, (await exporter.MetricsAsync()).Get("product_order_total"));
    }

    /// <summary>Appends <paramref name="count"/> orders, lets them be read, then scrapes a checkpoint-interval later.</summary>
    private async Task<Dictionary<string, double>> AppendOrdersAndScrapeAsync(ExporterHarness exporter, string log, int count)
    {
        for (var i = 0; i < count; i++)
        {
            W3CLines.Append(log, W3CLines.Request(++_orders, stem: "/product"));
        }
        await exporter.PollAsync();
        exporter.Time.Advance(TimeSpan.FromSeconds(1)); // past CheckpointKeeper.RecentEnough: this scrape writes
        return await exporter.MetricsAsync();
    }
}
