using System.Text;
using Orders.Exporter.Parsing;

namespace Orders.Exporter.Tests;

public sealed class W3CLineParserTests
{
    private static readonly W3CFieldMap AspNetCore = W3CFieldMap.AspNetCoreDefault;

    [Theory]
    // line, kind, method, stem, status, duration in seconds (NaN: none)
    [InlineData("2026-11-28 03:09:07 127.0.0.1 GET /product ?id=42&name=a%20b+c 200 112.9264 HTTP/1.1 Mozilla/5.0+(X11;+Linux+x86_64)+Foo+Bar", LineKind.Entry, "GET", "/product", 200, 0.1129264)]
    [InlineData("2026-11-28 03:09:07 127.0.0.1 GET /status/404 - 404 1.923 HTTP/1.1 -", LineKind.Entry, "GET", "/status/404", 404, 0.001923)]
    [InlineData("2026-11-28 03:09:07 127.0.0.1 POST /orders - 201 0 HTTP/1.1 -", LineKind.Entry, "POST", "/orders", 201, 0.0)]
    [InlineData("2026-11-28 03:09:07 127.0.0.1 GET /caf%C3%A9/é - 200 5 HTTP/1.1 -", LineKind.Entry, "GET", "/caf%C3%A9/é", 200, 0.005)]
    [InlineData("2026-11-28 03:09:07 127.0.0.1 GET / - abc 5 HTTP/1.1 -", LineKind.Entry, "GET", "/", AccessLogEntry.InvalidStatus, 0.005)]
    [InlineData("2026-11-28 03:09:07 127.0.0.1 GET / - 2000 5 HTTP/1.1 -", LineKind.Entry, "GET", "/", AccessLogEntry.InvalidStatus, 0.005)]
    [InlineData("2026-11-28 03:09:07 127.0.0.1 GET / - 099 5 HTTP/1.1 -", LineKind.Entry, "GET", "/", AccessLogEntry.InvalidStatus, 0.005)]
    [InlineData("2026-11-28 03:09:07 127.0.0.1 GET / - 200 fast HTTP/1.1 -", LineKind.Entry, "GET", "/", 200, double.NaN)]
    [InlineData("2026-11-28 03:09:07 127.0.0.1 GET / - 200 -5 HTTP/1.1 -", LineKind.Entry, "GET", "/", 200, double.NaN)]
    [InlineData("2026-11-28 03:09:07 127.0.0.1 GET / - 200 1.5", LineKind.Malformed, "", "", 0, 0.0)] // 8 of 10 columns: cut short
    [InlineData("the quick brown fox jumps over lazy dogs", LineKind.Malformed, "", "", 0, 0.0)] // prose: 8 words, 10 fields
    [InlineData("2026-11-28 03:09:07 127.0.0.1 GET / - 200", LineKind.Malformed, "", "", 0, 0.0)]
    [InlineData("", LineKind.Malformed, "", "", 0, 0.0)]
    [InlineData("#Version: 1.0", LineKind.Directive, "", "", 0, 0.0)]
    [InlineData("#Fields: date time", LineKind.Directive, "", "", 0, 0.0)]
    [InlineData("2026-11-28 03:09:07 127.0.0.1 GET /\0 - 200 1 HTTP/1.1 -", LineKind.Malformed, "", "", 0, 0.0)]
    public void Parses_a_line_of_the_default_fields(string line, LineKind kind, string method, string stem, int status, double seconds)
    {
        var parsed = W3CLineParser.Parse(Encoding.UTF8.GetBytes(line), AspNetCore, out var entry);

        Assert.Equal(kind, parsed);
        if (kind != LineKind.Entry)
        {
            return;
        }

        Assert.Equal(method, Encoding.UTF8.GetString(entry.Method));
        Assert.Equal(stem, Encoding.UTF8.GetString(entry.UriStem));
        Assert.Equal(status, entry.Status);
        Assert.Equal(seconds, entry.DurationSeconds, 9);
    }

    [Fact]
    public void Invalid_utf8_is_malformed()
    {
        byte[] line = [.. "2026-11-28 03:09:07 127.0.0.1 GET /"u8, 0xC3, 0x28, .. " - 200 1 HTTP/1.1 -"u8];

        Assert.Equal(LineKind.Malformed, W3CLineParser.Parse(line, AspNetCore, out _));
    }

    [Fact]
    public void Maps_columns_by_name_in_any_order_ignoring_unknown_fields()
    {
        var fields = W3CFieldMap.Parse(" x-custom sc-status TIME-TAKEN s-ip cs-uri-stem cs-method"u8);

        var kind = W3CLineParser.Parse("zz 503 250 10.0.0.1 /orders/7 DELETE"u8, fields, out var entry);

        Assert.Equal(LineKind.Entry, kind);
        Assert.Equal("DELETE", Encoding.UTF8.GetString(entry.Method));
        Assert.Equal("/orders/7", Encoding.UTF8.GetString(entry.UriStem));
        Assert.Equal(503, entry.Status);
        Assert.Equal(0.25, entry.DurationSeconds, 9);
        Assert.True(entry.Date.IsEmpty);
    }

    [Fact]
    public void A_field_list_without_method_stem_or_status_makes_request_lines_malformed()
    {
        var fields = W3CFieldMap.Parse("date time cs-uri-stem"u8);

        Assert.False(fields.HasRequiredFields);
        Assert.Equal(LineKind.Malformed, W3CLineParser.Parse("2026-11-28 03:09:07 /"u8, fields, out _));
    }

    [Theory]
    [InlineData("2026-11-28", "03:09:07", 1795835347.0)]
    [InlineData("2026-02-30", "03:09:07", double.NaN)]
    [InlineData("2026-11-28", "24:00:00", double.NaN)]
    [InlineData("-", "-", double.NaN)]
    public void Reads_w3c_timestamps_as_unix_seconds(string date, string time, double expected)
    {
        var ok = W3CTimestamp.TryParse(Encoding.ASCII.GetBytes(date), Encoding.ASCII.GetBytes(time), out var seconds);

        Assert.Equal(!double.IsNaN(expected), ok);
        if (ok)
        {
            Assert.Equal(expected, seconds);
        }
    }
}
