using System.Diagnostics;
using System.Globalization;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>
/// Exactly once as Prometheus sees it: a real Prometheus scrapes the real exporter every second while orders
/// are written and the exporter is stopped with SIGTERM and killed with SIGKILL at random moments, then its
/// checkpoint is corrupted between two runs. Bounded: about 25 s of writing, every wait on Prometheus samples.
/// </summary>
[Trait("Category", "Process")]
public sealed class ScrapedAcrossRestartsTests : IDisposable
{
    private const int OrdersPerSecond = 25;
    private const int Orders = 300; // 12 s of writing
    private const int OrdersAfterCorruption = 100;
    private const string Query = "product_order_total";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _dir = new();
    private readonly int _port = FreePort.Next();

    public void Dispose() => _dir.Dispose();

    [ToolFact("prometheus")]
    public async Task Sigterm_and_sigkill_lose_and_double_nothing_and_a_corrupt_checkpoint_makes_no_spike()
    {
        // Given an exporter started before the app writes, scraped every second
        var logs = Directory.CreateDirectory(_dir.Combine("logs")).FullName;
        var log = Path.Combine(logs, "access-20261128.0000.txt");
        var checkpoint = _dir.Combine("state", "checkpoint.json");
        await using var prometheus = await ScrapingPrometheus.StartAsync($"127.0.0.1:{_port}");
        var exporter = await StartAsync(logs, checkpoint);
        try
        {
            await WaitReadyAsync(exporter);
            await prometheus.WaitForAsync(Query, v => v == 0, Deadline);

            // When orders are written at a steady rate while it is stopped (SIGTERM) and killed (SIGKILL) at random moments
            W3CLines.Append(log, W3CLines.Header());
            var writing = WriteOrdersAsync(log, 1, Orders);
            // A fixed seed: the stop moments repeat from run to run, so a failure can be replayed.
            var random = new Random(1202);
            foreach (var graceful in new[] { true, false, true, false })
            {
                await Task.WhenAny(writing, Task.Delay(random.Next(800, 2500)));
                await StopAsync(exporter, graceful);
                exporter = await StartAsync(logs, checkpoint);
            }
            await writing;

            // Then Prometheus's last value is exactly N, with no reset and no rate above the written one
            await prometheus.WaitForAsync(Query, v => v >= Orders, Deadline);
            Assert.Equal(Orders, Assert.Single(await prometheus.QueryAsync(Query)).Value);
            Assert.Equal(0, Assert.Single(await prometheus.QueryAsync($"resets({Query}[5m])")).Value);
            var peak = Assert.Single(await prometheus.QueryAsync($"max_over_time(rate({Query}[5s])[5m:1s])")).Value;
            Assert.InRange(peak, 1, 2.0 * OrdersPerSecond);

            // When the checkpoint is corrupted between two runs and more orders follow
            await StopAsync(exporter, graceful: true);
            File.WriteAllText(checkpoint, "{ corrupt");
            exporter = await StartAsync(logs, checkpoint);
            await WaitReadyAsync(exporter); // its first scan decides what "already on disk" is: the app writes after it
            await WriteOrdersAsync(log, Orders + 1, OrdersAfterCorruption);

            // Then the orders already on disk are skipped, not counted again: no spike, only the new orders
            await prometheus.WaitForAsync(Query, v => v >= OrdersAfterCorruption && v != Orders, Deadline);
            Assert.Equal(OrdersAfterCorruption, Assert.Single(await prometheus.QueryAsync(Query)).Value);
            var peakAfter = Assert.Single(await prometheus.QueryAsync($"max_over_time(rate({Query}[5s])[5m:1s])")).Value;
            Assert.InRange(peakAfter, 1, 2.0 * OrdersPerSecond);
        }
        finally
        {
            await exporter.DisposeAsync();
        }
    }

    private Task<ServiceProcess> StartAsync(string logs, string checkpoint) =>
        ServiceProcess.StartExporterAsync($"--AccessLog:Path={logs}", $"--AccessLog:CheckpointPath={checkpoint}", $"--Exporter:Port={_port}",
            "--AccessLog:PollInterval=00:00:00.100");

    private static async Task WaitReadyAsync(ServiceProcess exporter) =>
        Assert.True(await Eventually.HoldsAsync(async () => (await exporter.Http.GetAsync(new Uri(exporter.BaseAddress, "/readyz"))).IsSuccessStatusCode, Deadline),
            "/readyz never answered 200; output:\n" + exporter.Output);

    private static async Task StopAsync(ServiceProcess exporter, bool graceful)
    {
        if (graceful)
        {
            await exporter.Process.SendSigtermAsync();
            Assert.Equal(0, await exporter.Process.WaitForExitAsync(TimeSpan.FromSeconds(20)));
        }

        await exporter.DisposeAsync(); // SIGKILL if it still runs
    }

    /// <summary>Orders at a steady rate on a stopwatch schedule (a late tick writes what it owes, no more).</summary>
    private static async Task WriteOrdersAsync(string log, int first, int count)
    {
        var clock = Stopwatch.StartNew();
        var written = 0;
        while (written < count)
        {
            var due = Math.Min(count, (int)(clock.Elapsed.TotalSeconds * OrdersPerSecond) + 1);
            if (due > written)
            {
                W3CLines.Append(log, string.Concat(Enumerable.Range(first + written, due - written).Select(id => W3CLines.Request(id, stem: "/product"))));
                written = due;
            }

            await Task.Delay(TimeSpan.FromSeconds(1.0 / OrdersPerSecond));
        }
    }
}
