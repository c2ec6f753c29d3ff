using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>Each bad input of the issue: the right self-metric, no crash, no good line lost.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task An_empty_file_and_a_headers_only_file_count_nothing_but_headers()
    {
        File.WriteAllText(_dir.Combine("a.txt"), "");
        W3CLines.Append(_dir.Combine("b.txt"), W3CLines.Header());
        using var exporter = new ExporterHarness(_dir.Path);

        await exporter.PollAsync();

        var metrics = await exporter.MetricsAsync();
        Assert.Empty(exporter.Entries);
        Assert.Equal(3, metrics.Get("accesslog_lines_total{result=\"header\"}"));
        Assert.Equal(2, metrics.Get("accesslog_files_opened_total"));
        Assert.Equal(0, metrics.Sum("http_requests_total"));
    }

    [Fact]
    public async Task Without_a_fields_directive_the_aspnetcore_default_fields_are_assumed()
    {
        W3CLines.Append(_dir.Combine("a.txt"), W3CLines.Request(1) + W3CLines.Request(2));
        using var exporter = new ExporterHarness(_dir.Path);

        await exporter.PollAsync();

        Assert.Equal(["GET /orders/1 200", "GET /orders/2 200"], exporter.Entries);
    }

    [Fact]
    public async Task A_fields_directive_changing_mid_file_remaps_the_columns_from_there()
    {
        W3CLines.Append(_dir.Combine("a.txt"), W3CLines.Header() + W3CLines.Request(1)
            + "#Fields: cs-method sc-status x-unknown cs-uri-stem\nPOST 201 zzz /orders\n");
        using var exporter = new ExporterHarness(_dir.Path);

        await exporter.PollAsync();

        Assert.Equal(["GET /orders/1 200", "POST /orders 201"], exporter.Entries);
        Assert.Equal(1, (await exporter.MetricsAsync()).Get("product_order_total"));
    }

    [Fact]
    public async Task Non_numeric_status_and_time_taken_are_counted_with_invalid_labels()
    {
        W3CLines.Append(_dir.Combine("a.txt"), W3CLines.Header()
            + "2026-11-28 03:09:07 127.0.0.1 GET /product - OK 1.5 HTTP/1.1 -\n"
            + "2026-11-28 03:09:07 127.0.0.1 GET /product - 200 slow HTTP/1.1 -\n");
        using var exporter = new ExporterHarness(_dir.Path);

        await exporter.PollAsync();

        var metrics = await exporter.MetricsAsync();
        Assert.Equal(1, metrics.Get("http_requests_total{method=\"GET\",path=\"/product\",status=\"invalid\"}"));
        Assert.Equal(1, metrics.Get("http_requests_total{method=\"GET\",path=\"/product\",status=\"200\"}"));
        Assert.Equal(1, metrics.Get("accesslog_invalid_fields_total{field=\"sc-status\"}"));
        Assert.Equal(1, metrics.Get("accesslog_invalid_fields_total{field=\"time-taken\"}"));
        Assert.Equal(1, metrics.Get("http_request_duration_seconds_count{method=\"GET\",path=\"/product\"}"));
        Assert.Equal(1, metrics.Get("product_order_total"));
    }

    [Fact]
    public async Task A_line_with_fewer_columns_than_its_fields_is_malformed_not_a_request()
    {
        W3CLines.Append(_dir.Combine("a.txt"), W3CLines.Header() + "the quick brown fox jumps over lazy dogs\n" + W3CLines.Request(1));
        using var exporter = new ExporterHarness(_dir.Path);

        await exporter.PollAsync();

        var metrics = await exporter.MetricsAsync();
        Assert.Equal(["GET /orders/1 200"], exporter.Entries);
        Assert.Equal(1, metrics.Get("accesslog_lines_total{result=\"malformed\"}"));
        Assert.Equal(1, metrics.Sum("http_requests_total"));
        Assert.Equal(0, metrics.Get("accesslog_invalid_fields_total{field=\"sc-status\"}"));
    }

    [Fact]
    public async Task A_file_deleted_and_recreated_between_two_reads_is_read_again_from_zero()
    {
        var log = _dir.Combine("a.txt");
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(1));
        using var exporter = new ExporterHarness(_dir.Path);
        await exporter.PollAsync();

        File.Delete(log);
        W3CLines.Append(log, W3CLines.Header() + W3CLines.Request(2));
        await exporter.PollAsync();

        Assert.Equal(["GET /orders/1 200", "GET /orders/2 200"], exporter.Entries);
    }

    [Fact]
    public async Task The_directory_missing_at_start_then_deleted_and_recreated_is_followed()
    {
        var logs = _dir.Combine("logs");
        using var exporter = new ExporterHarness(logs);
        await exporter.PollAsync();

        Directory.CreateDirectory(logs);
        W3CLines.Append(Path.Combine(logs, "a.txt"), W3CLines.Header() + W3CLines.Request(1));
        await exporter.PollAsync();
        Directory.Delete(logs, recursive: true);
        await exporter.PollAsync();
        Directory.CreateDirectory(logs);
        W3CLines.Append(Path.Combine(logs, "a.txt"), W3CLines.Header() + W3CLines.Request(2));
        await exporter.PollAsync();

        Assert.Equal(["GET /orders/1 200", "GET /orders/2 200"], exporter.Entries);
    }
}
