using System.Net;
using System.Text.Json;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>The real exporter process following a log directory: N lines in, exactly N in /metrics.</summary>
[Trait("Category", "Process")]
public sealed class ExporterProcessTests : IDisposable
{
    private const int Lines = 1000;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task N_lines_appended_are_exactly_N_in_metrics_and_sigterm_checkpoints_the_end()
    {
        // Given an exporter started before the log directory exists
        var logs = _dir.Combine("logs");
        var checkpoint = _dir.Combine("state", "checkpoint.json");
        await using var exporter = await ServiceProcess.StartExporterAsync($"--AccessLog:Path={logs}", $"--AccessLog:CheckpointPath={checkpoint}");
        Assert.True(await Eventually.HoldsAsync(async () => (await exporter.Http.GetAsync(new Uri(exporter.BaseAddress, "/readyz"))).IsSuccessStatusCode, TimeSpan.FromSeconds(10)),
            "/readyz never answered 200; output:\n" + exporter.Output);

        // When N lines arrive in pieces, across two rolled files, one line split between two writes
        Directory.CreateDirectory(logs);
        var first = Path.Combine(logs, "access-20261128.0000.txt");
        var second = Path.Combine(logs, "access-20261128.0001.txt");
        W3CLines.Append(first, W3CLines.Header());
        for (var id = 1; id <= Lines / 2; id++)
        {
            W3CLines.Append(first, W3CLines.Request(id, stem: id % 10 == 0 ? "/product" : null));
        }

        var split = W3CLines.Request(Lines / 2 + 1);
        W3CLines.Append(second, W3CLines.Header() + split[..25]);
        W3CLines.Append(second, split[25..]);
        W3CLines.Append(second, string.Concat(Enumerable.Range(Lines / 2 + 2, Lines / 2 - 1).Select(id => W3CLines.Request(id))));

        // Then /metrics counts exactly N, no more
        Assert.True(await Eventually.HoldsAsync(async () => (await exporter.MetricsAsync()).Sum("http_requests_total") >= Lines, TimeSpan.FromSeconds(15)),
            "The exporter did not count the lines within 15 s; output:\n" + exporter.Output);
        var metrics = await exporter.MetricsAsync();
        Assert.Equal(Lines, metrics.Sum("http_requests_total"));
        Assert.Equal(Lines, metrics.Get("accesslog_lines_total{result=\"parsed\"}"));
        Assert.Equal(Lines / 2 / 10, metrics.Get("product_order_total")); // every tenth line of the first file
        Assert.Equal(HttpStatusCode.OK, (await exporter.Http.GetAsync(new Uri(exporter.BaseAddress, "/healthz"))).StatusCode);

        // And SIGTERM stops it cleanly with a checkpoint at the end of both files
        await exporter.Process.SendSigtermAsync();
        Assert.Equal(0, await exporter.Process.WaitForExitAsync(TimeSpan.FromSeconds(20)));
        using var document = JsonDocument.Parse(File.ReadAllText(checkpoint));
        var offsets = document.RootElement.GetProperty("Files").EnumerateArray().Select(f => f.GetProperty("Offset").GetInt64()).Order();
        Assert.Equal(new[] { new FileInfo(first).Length, new FileInfo(second).Length }.Order(), offsets);
    }
}
