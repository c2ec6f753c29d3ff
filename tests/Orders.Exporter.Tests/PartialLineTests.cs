using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

public sealed class PartialLineTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_partial_last_line_waits_for_its_newline_and_is_counted_once()
    {
        var log = _dir.Combine("access.log");
        var line = W3CLines.Request(1);
        W3CLines.Append(log, W3CLines.Header() + line[..20]);
        using var exporter = new ExporterHarness(log);

        await exporter.PollAsync();
        Assert.Empty(exporter.Entries);
        Assert.Equal(20, (await exporter.MetricsAsync()).Get("accesslog_lag_bytes")); // the partial line is not read yet

        W3CLines.Append(log, line[20..40]);
        await exporter.PollAsync();
        Assert.Empty(exporter.Entries);

        W3CLines.Append(log, line[40..]);
        await exporter.PollAsync();
        await exporter.PollAsync();
        Assert.Equal(["GET /orders/1 200"], exporter.Entries);
        Assert.Equal(0, (await exporter.MetricsAsync()).Get("accesslog_lines_total{result=\"malformed\"}"));
        Assert.Equal(0, (await exporter.MetricsAsync()).Get("accesslog_lag_bytes"));
    }

    [Fact]
    public async Task A_partial_line_across_a_restart_is_counted_once()
    {
        var log = _dir.Combine("access.log");
        var line = W3CLines.Request(7);
        using var exporter = new ExporterHarness(log, checkpointPath: _dir.Combine("state", "checkpoint.json"));
        await exporter.PollAsync(); // started before the app writes, as the native sidecar is
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(6) + line[..30]);
        await exporter.PollAsync();

        await exporter.RestartAsync();
        W3CLines.Append(log, line[30..]);
        await exporter.PollAsync();

        Assert.Equal(["GET /orders/6 200", "GET /orders/7 200"], exporter.Entries);
    }

    [Fact]
    public async Task Windows_line_endings_are_accepted()
    {
        var log = _dir.Combine("access.log");
        W3CLines.Append(log, (W3CLines.Header() + W3CLines.Request(1) + W3CLines.Request(2)).Replace("\n", "\r\n"));
        using var exporter = new ExporterHarness(log);

        await exporter.PollAsync();

        Assert.Equal(["GET /orders/1 200", "GET /orders/2 200"], exporter.Entries);
    }
}
