using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

public sealed class GarbageInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Binary_garbage_invalid_utf8_and_nul_bytes_are_counted_malformed_and_tailing_goes_on()
    {
        var log = _dir.Combine("access.log");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1));
        W3CLines.Append(log, [0xFF, 0xFE, 0x00, 0x01, (byte)'\n']);                                  // binary garbage
        W3CLines.Append(log, [.. "2026-11-28 03:09:07 127.0.0.1 GET /"u8, 0xC3, 0x28, .. " - 200 1 HTTP/1.1 -\n"u8]); // invalid UTF-8
        W3CLines.Append(log, [.. "2026-11-28 03:09:07 127.0.0.1 GET /\0 - 200 1 HTTP/1.1 -\n"u8]);     // NUL
        W3CLines.Append(log, "garbage\n" + W3CLines.Request(2));
        using var exporter = new ExporterHarness(log);

        await exporter.PollAsync();

        Assert.Equal(["GET /orders/1 200", "GET /orders/2 200"], exporter.Entries);
        var metrics = await exporter.MetricsAsync();
        Assert.Equal(4, metrics.Get("accesslog_lines_total{result=\"malformed\"}"));
        Assert.Equal(2, metrics.Get("accesslog_lines_total{result=\"parsed\"}"));
        Assert.Equal(3, metrics.Get("accesslog_lines_total{result=\"header\"}"));
    }
}
