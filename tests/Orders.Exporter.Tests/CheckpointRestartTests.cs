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
        using var exporter = new ExporterHarness(logs, Checkpoint);
        await exporter.PollAsync(); // started before the app writes, as the native sidecar is
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1) + W3CLines.Request(2));
        await exporter.PollAsync();

        // When it stops, lines arrive (also in a new file), and it starts again on the checkpoint
        await exporter.StopAsync();
        W3CLines.Append(log, W3CLines.Request(3));
        W3CLines.Append(Path.Combine(logs, "access-20261128.0001.txt"), W3CLines.Header() + W3CLines.Request(4));
        exporter.StartAgain();
        await exporter.PollAsync();

        // Then nothing is counted twice and nothing is lost; the new process continues the counters from the
        // checkpoint instead of starting at 0
        Assert.Equal(["GET /orders/1 200", "GET /orders/2 200", "GET /orders/3 200", "GET /orders/4 200"], exporter.Entries);
        Assert.Equal(4, (await exporter.MetricsAsync()).Sum("http_requests_total"));
        Assert.False(File.Exists(Path.Combine(_dir.Combine("state"), $".checkpoint.json.{Environment.ProcessId}.tmp")));
    }

    [Fact]
    public async Task A_file_renamed_while_down_is_resumed_by_its_inode()
    {
        var log = _dir.Combine("access-20261128.0000.txt");
        using var exporter = new ExporterHarness(_dir.Path, Checkpoint);
        await exporter.PollAsync(); // started before the app writes, as the native sidecar is
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1));
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
        using var exporter = new ExporterHarness(log, Checkpoint);
        await exporter.PollAsync(); // started before the app writes, as the native sidecar is
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1) + W3CLines.Request(2));
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
        using var exporter = new ExporterHarness(log, Checkpoint);
        await exporter.PollAsync(); // started before the app writes, as the native sidecar is
        W3CLines.Append(log, "#Fields: sc-status cs-uri-stem cs-method time-taken\n200 /product GET 12\n");
        await exporter.PollAsync();

        await exporter.RestartAsync();
        W3CLines.Append(log, "201 /orders POST 3\n");
        await exporter.PollAsync();

        Assert.Equal(["GET /product 200", "POST /orders 201"], exporter.Entries);
        Assert.Equal(2, (await exporter.MetricsAsync()).Get("product_order_total"));
    }

    [Fact]
    public async Task A_corrupt_checkpoint_is_counted_and_what_is_on_disk_is_skipped_not_counted_again()
    {
        // Given lines on disk and a checkpoint that cannot be read
        var log = _dir.Combine("access.log");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1));
        var onDisk = new FileInfo(log).Length;
        Directory.CreateDirectory(_dir.Combine("state"));
        File.WriteAllText(Checkpoint, "{ not json");
        using var exporter = new ExporterHarness(log, Checkpoint);

        // When it starts and a line follows
        await exporter.PollAsync();
        W3CLines.Append(log, W3CLines.Request(2));
        await exporter.PollAsync();

        // Then the old line is skipped (counted as skipped bytes), the new one is counted, with the file's #Fields
        var metrics = await exporter.MetricsAsync();
        Assert.Equal(["GET /orders/2 200"], exporter.Entries);
        Assert.Equal(1, metrics.Get("accesslog_checkpoint_load_failures_total"));
        Assert.Equal(onDisk, metrics.Get("accesslog_skipped_bytes_total"));
    }

    [Theory]
    [InlineData("""{"Version":1,"Files":[]}""")]
    [InlineData("""{"Version":2,"LogPath":"/elsewhere/*.txt","Files":[],"Metrics":{"Counters":[{"Name":"product_order_total","Value":1000}],"Histograms":[]}}""")]
    public async Task A_checkpoint_of_another_version_or_log_path_is_not_used(string foreign)
    {
        var log = _dir.Combine("access.log");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1, stem: "/product"));
        Directory.CreateDirectory(_dir.Combine("state"));
        File.WriteAllText(Checkpoint, foreign);
        using var exporter = new ExporterHarness(log, Checkpoint);

        await exporter.PollAsync();

        var metrics = await exporter.MetricsAsync();
        Assert.Empty(exporter.Entries);
        Assert.Equal(0, metrics.Get("product_order_total"));
        Assert.Equal(1, metrics.Get("accesslog_checkpoint_load_failures_total"));
    }

    [Fact]
    public async Task A_checkpoint_naming_a_file_that_is_gone_is_ignored()
    {
        var log = _dir.Combine("access-20261128.0000.txt");
        using var exporter = new ExporterHarness(_dir.Path, Checkpoint);
        await exporter.PollAsync(); // started before the app writes, as the native sidecar is
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1));
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
        using var exporter = new ExporterHarness(log, Checkpoint);
        await exporter.PollAsync(); // started before the app writes, as the native sidecar is
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1) + "2026-11-28 partial");
        await exporter.PollAsync();

        await exporter.StopAsync();

        using var document = JsonDocument.Parse(File.ReadAllText(Checkpoint));
        var file = Assert.Single(document.RootElement.GetProperty("Files").EnumerateArray());
        Assert.Equal(new FileInfo(log).Length - "2026-11-28 partial".Length, file.GetProperty("Offset").GetInt64());
        Assert.NotEqual(0UL, file.GetProperty("Inode").GetUInt64());
        Assert.Equal(Math.Min(new FileInfo(log).Length, FileIdentity.MaxHeadLength), file.GetProperty("HeadLength").GetInt32());
    }
}
