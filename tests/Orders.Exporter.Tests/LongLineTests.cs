using System.Text;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

public sealed class LongLineTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_10_MB_line_is_skipped_and_counted_and_the_lines_around_it_are_recorded()
    {
        var log = _dir.Combine("access.log");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1));
        W3CLines.Append(log, Encoding.ASCII.GetBytes(new string('x', 10 * 1024 * 1024) + "\n"));
        W3CLines.Append(log, W3CLines.Request(2));
        using var exporter = new ExporterHarness(log);

        await exporter.PollAsync();

        Assert.Equal(["GET /orders/1 200", "GET /orders/2 200"], exporter.Entries);
        var metrics = await exporter.MetricsAsync();
        Assert.Equal(1, metrics.Get("accesslog_lines_total{result=\"too_long\"}"));
        Assert.Equal(new FileInfo(log).Length, metrics.Get("accesslog_bytes_read_total"));
    }

    [Fact]
    public async Task A_long_line_still_being_written_is_skipped_across_polls()
    {
        var log = _dir.Combine("access.log");
        W3CLines.Append(log, W3CLines.Header() + new string('y', 5000));
        using var exporter = new ExporterHarness(log, maxLineBytes: 1024);
        await exporter.PollAsync();

        W3CLines.Append(log, new string('y', 5000));
        await exporter.PollAsync();
        W3CLines.Append(log, "yyy\n" + W3CLines.Request(3));
        await exporter.PollAsync();

        Assert.Equal(["GET /orders/3 200"], exporter.Entries);
        Assert.Equal(1, (await exporter.MetricsAsync()).Get("accesslog_lines_total{result=\"too_long\"}"));
    }

    [Fact]
    public async Task A_line_of_exactly_the_limit_is_parsed_and_one_byte_more_is_too_long()
    {
        var log = _dir.Combine("access.log");
        var atLimit = W3CLines.Request(1, stem: "/x").TrimEnd('\n');
        var limit = atLimit.Length;
        var overLimit = W3CLines.Request(2, stem: "/xy");
        W3CLines.Append(log, atLimit + "\r\n" + overLimit); // no header: #Fields is longer than this limit
        using var exporter = new ExporterHarness(log, maxLineBytes: limit);

        await exporter.PollAsync();

        Assert.Equal(["GET /x 200"], exporter.Entries);
        Assert.Equal(1, (await exporter.MetricsAsync()).Get("accesslog_lines_total{result=\"too_long\"}"));
    }
}
