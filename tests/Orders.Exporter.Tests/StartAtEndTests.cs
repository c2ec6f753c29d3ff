using Orders.Exporter.Tailing;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

public sealed class StartAtEndTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Without_a_checkpoint_start_at_end_skips_existing_lines_but_reads_new_files_from_zero()
    {
        var log = _dir.Combine("a.txt");
        W3CLines.Append(log, "#Fields: sc-status cs-method cs-uri-stem\n200 GET /old\n");
        using var exporter = new ExporterHarness(_dir.Path, startAt: StartPosition.End);

        await exporter.PollAsync();
        W3CLines.Append(log, "201 POST /orders\n");
        W3CLines.Append(_dir.Combine("b.txt"), W3CLines.Header() + W3CLines.Request(1));
        await exporter.PollAsync();

        // The old line is skipped; the existing file's #Fields still applies (read from its preamble)
        Assert.Equal(["POST /orders 201", "GET /orders/1 200"], exporter.Entries);
    }
}
