using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

public sealed class CopyTruncateTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_file_cut_below_the_offset_is_read_again_from_zero_and_counted_as_a_truncation()
    {
        var log = _dir.Combine("access.log");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1) + W3CLines.Request(2));
        using var exporter = new ExporterHarness(log);
        await exporter.PollAsync();

        // copytruncate: copy (to a name not followed), then cut in place; the writer goes on in the same file
        File.Copy(log, _dir.Combine("access.log.1"));
        W3CLines.Truncate(log);
        W3CLines.Append(log, W3CLines.Request(3));
        await exporter.PollAsync();

        Assert.Equal(["GET /orders/1 200", "GET /orders/2 200", "GET /orders/3 200"], exporter.Entries);
        var metrics = await exporter.MetricsAsync();
        Assert.Equal(1, metrics.Get("accesslog_truncations_total"));
    }

    [Fact]
    public async Task A_file_rewritten_past_the_offset_before_the_next_poll_is_detected_by_its_first_bytes()
    {
        var log = _dir.Combine("access.log");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1));
        using var exporter = new ExporterHarness(log);
        await exporter.PollAsync();

        // Truncated, then grown back beyond the old offset before the exporter looked again
        W3CLines.Truncate(log);
        W3CLines.Append(log, string.Concat(Enumerable.Range(10, 5).Select(i => W3CLines.Request(i))));
        await exporter.PollAsync();

        Assert.Equal([1, 10, 11, 12, 13, 14], exporter.Entries.Select(e => int.Parse(e.Split('/')[2].Split(' ')[0])));
        Assert.Equal(1, (await exporter.MetricsAsync()).Get("accesslog_truncations_total"));
    }
}
