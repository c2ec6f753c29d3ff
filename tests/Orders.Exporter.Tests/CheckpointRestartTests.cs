using System.Text.Json;
using Orders.Exporter.Tailing;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

public sealed class CheckpointRestartTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Checkpoint => _dir.Combine("state", "checkpoint.json");

    [Fact]
    public async Task A_restart_resumes_exactly_and_counts_lines_written_while_down()
    {
        var logs = Directory.CreateDirectory(_dir.Combine("logs")).FullName;
        var log = Path.Combine(logs, "access-20261128.0000.txt");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1) + W3CLines.Request(2));
        using var exporter = new ExporterHarness(logs, Checkpoint);
        await exporter.PollAsync();

        // When it stops, lines arrive (also in a new file), and it starts again on the checkpoint
        await exporter.StopAsync();
        W3CLines.Append(log, W3CLines.Request(3));
        W3CLines.Append(Path.Combine(logs, "access-20261128.0001.txt"), W3CLines.Header() + W3CLines.Request(4));
        exporter.StartAgain();
        await exporter.PollAsync();

        // Then nothing is counted twice and nothing is lost; the new process counts only what is new
        Assert.Equal(["GET /orders/1 200", "GET /orders/2 200", "GET /orders/3 200", "GET /orders/4 200"], exporter.Entries);
        Assert.Equal(2, (await exporter.MetricsAsync()).Sum("http_requests_total"));
        Assert.False(File.Exists(Path.Combine(_dir.Combine("state"), $".checkpoint.json.{Environment.ProcessId}.tmp")));
    }

    [Fact]
    public async Task A_file_renamed_while_down_is_resumed_by_its_inode()
    {
        var log = _dir.Combine("access-20261128.0000.txt");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1));
        using var exporter = new ExporterHarness(_dir.Path, Checkpoint);
        await exporter.PollAsync();

        await exporter.StopAsync();
        File.Move(log, _dir.Combine("access-old.txt"));
        W3CLines.Append(_dir.Combine("access-old.txt"), W3CLines.Request(2));
        exporter.StartAgain();
        await exporter.PollAsync();

        Assert.Equal(["GET /orders/1 200", "GET /orders/2 200"], exporter.Entries);
    }

    [Fact]
    public async Task A_file_deleted_and_recreated_while_down_is_read_from_its_start()
    {
        var log = _dir.Combine("access.log");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1) + W3CLines.Request(2));
        using var exporter = new ExporterHarness(log, Checkpoint);
        await exporter.PollAsync();

        // The inode number may well be reused; the head hash tells the files apart
        await exporter.StopAsync();
        File.Delete(log);
        W3CLines.Append(log, W3CLines.Header().Replace("03:09:03", "04:00:00") + W3CLines.Request(3) + W3CLines.Request(4) + W3CLines.Request(5));
        exporter.StartAgain();
        await exporter.PollAsync();

        Assert.Equal(["GET /orders/1 200", "GET /orders/2 200", "GET /orders/3 200", "GET /orders/4 200", "GET /orders/5 200"], exporter.Entries);
    }

    [Fact]
    public async Task The_fields_directive_in_force_is_restored_from_the_checkpoint()
    {
        var log = _dir.Combine("access.log");
        W3CLines.Append(log, "#Fields: sc-status cs-uri-stem cs-method time-taken\n200 /product GET 12\n");
        using var exporter = new ExporterHarness(log, Checkpoint);
        await exporter.PollAsync();

        await exporter.RestartAsync();
        W3CLines.Append(log, "201 /orders POST 3\n");
        await exporter.PollAsync();

        Assert.Equal(["GET /product 200", "POST /orders 201"], exporter.Entries);
        Assert.Equal(1, (await exporter.MetricsAsync()).Get("product_order_total"));
    }

    [Fact]
    public async Task A_corrupt_checkpoint_is_counted_and_start_at_applies()
    {
        var log = _dir.Combine("access.log");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1));
        Directory.CreateDirectory(_dir.Combine("state"));
        File.WriteAllText(Checkpoint, "{ not json");
        using var exporter = new ExporterHarness(log, Checkpoint);

        await exporter.PollAsync();

        Assert.Equal(["GET /orders/1 200"], exporter.Entries);
        Assert.Equal(1, (await exporter.MetricsAsync()).Get("accesslog_checkpoint_load_failures_total"));
    }

    [Fact]
    public async Task A_checkpoint_naming_a_file_that_is_gone_is_ignored()
    {
        var log = _dir.Combine("access-20261128.0000.txt");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1));
        using var exporter = new ExporterHarness(_dir.Path, Checkpoint);
        await exporter.PollAsync();

        await exporter.StopAsync();
        File.Delete(log);
        W3CLines.Append(_dir.Combine("access-20261128.0001.txt"), W3CLines.Header() + W3CLines.Request(2));
        exporter.StartAgain();
        await exporter.PollAsync();

        Assert.Equal(["GET /orders/1 200", "GET /orders/2 200"], exporter.Entries);
        Assert.Equal(0, (await exporter.MetricsAsync()).Get("accesslog_checkpoint_load_failures_total"));
    }

    [Fact]
    public async Task The_checkpoint_records_each_file_identity_and_offset()
    {
        var log = _dir.Combine("access.log");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1) + "2026-11-28 partial");
        using var exporter = new ExporterHarness(log, Checkpoint);
        await exporter.PollAsync();

        await exporter.StopAsync();

        using var document = JsonDocument.Parse(File.ReadAllText(Checkpoint));
        var file = Assert.Single(document.RootElement.GetProperty("Files").EnumerateArray());
        Assert.Equal(new FileInfo(log).Length - "2026-11-28 partial".Length, file.GetProperty("Offset").GetInt64());
        Assert.NotEqual(0UL, file.GetProperty("Inode").GetUInt64());
        Assert.Equal(Math.Min(new FileInfo(log).Length, FileIdentity.MaxHeadLength), file.GetProperty("HeadLength").GetInt32());
    }
}
