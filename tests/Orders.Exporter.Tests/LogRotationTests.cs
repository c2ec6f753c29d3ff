using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

public sealed class LogRotationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Counts_each_line_once_across_rename_and_create_rotation()
    {
        // Given one followed file (outside names are not followed: access.log.1 does not match access.log)
        var log = _dir.Combine("access.log");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1) + W3CLines.Request(2));
        using var exporter = new ExporterHarness(log);
        await exporter.PollAsync();
        W3CLines.Append(log, W3CLines.Request(3));

        // When it is renamed away, a late line still lands in it, and a new file takes the name
        File.Move(log, _dir.Combine("access.log.1"));
        W3CLines.Append(_dir.Combine("access.log.1"), W3CLines.Request(4));
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(5) + W3CLines.Request(6));
        await exporter.PollAsync();
        await exporter.PollAsync();

        // Then every line is counted once, the old file's tail before the new file's lines
        Assert.Equal(Ids(1, 2, 3, 4, 5, 6), exporter.Entries);
        var metrics = await exporter.MetricsAsync();
        Assert.Equal(6, metrics.Sum("http_requests_total"));
        Assert.Equal(2, metrics.Get("accesslog_files_opened_total"));
        Assert.Equal(0, metrics.Get("accesslog_truncations_total"));
    }

    [Fact]
    public async Task Reads_rolled_w3c_files_in_name_order_each_to_its_end()
    {
        W3CLines.Append(_dir.Combine("access-20261128.0001.txt"), W3CLines.Header() + W3CLines.Request(3));
        W3CLines.Append(_dir.Combine("access-20261128.0000.txt"), W3CLines.Header() + W3CLines.Request(1) + W3CLines.Request(2));
        W3CLines.Append(_dir.Combine("notes.md"), "not a log\n");
        using var exporter = new ExporterHarness(_dir.Path);

        await exporter.PollAsync();
        W3CLines.Append(_dir.Combine("access-20261128.0002.txt"), W3CLines.Header() + W3CLines.Request(4));
        await exporter.PollAsync();

        Assert.Equal(Ids(1, 2, 3, 4), exporter.Entries);
    }

    [Fact]
    public async Task Reads_a_file_deleted_while_open_to_its_end()
    {
        var log = _dir.Combine("access-20261128.0000.txt");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1));
        using var exporter = new ExporterHarness(_dir.Path);
        await exporter.PollAsync();

        using (var writer = new FileStream(log, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            writer.Write(System.Text.Encoding.UTF8.GetBytes(W3CLines.Request(2)));
            File.Delete(log);
            writer.Write(System.Text.Encoding.UTF8.GetBytes(W3CLines.Request(3)));
        }
        await exporter.PollAsync();
        await exporter.PollAsync();

        Assert.Equal(Ids(1, 2, 3), exporter.Entries);
        Assert.Equal(0, exporter.Pipeline.Stages.Tailer.FollowedFiles);
    }

    private static string[] Ids(params int[] ids) => [.. ids.Select(id => $"GET /orders/{id} 200")];
}
