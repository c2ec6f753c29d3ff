using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Orders.App.AccessLog;

namespace Orders.App.Tests.AccessLog;

/// <summary>Expected lines are the ones ASP.NET Core's own W3C logger wrote (shared/reference/w3c-access-log.md).</summary>
public sealed class W3CLineFormatterTests
{
    private static readonly DateTimeOffset StartedAt = new(2026, 11, 28, 3, 9, 7, 250, TimeSpan.Zero);

    [Fact]
    public void Formats_a_request_exactly_as_the_built_in_logger()
    {
        var context = Request("GET", "/product", "?id=42&name=a%20b+c", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Foo Bar");

        var line = Format(context, TimeSpan.FromTicks(1_129_264));

        Assert.Equal("2026-11-28 03:09:07 127.0.0.1 GET /product ?id=42&name=a%20b+c 200 112.9264 HTTP/1.1 Mozilla/5.0+(X11;+Linux+x86_64)+Foo+Bar\n", line);
    }

    [Fact]
    public void Writes_a_dash_for_every_missing_value()
    {
        var context = Request("GET", "/status/404", query: null, userAgent: null, status: 404);
        context.Connection.RemoteIpAddress = null;

        var line = Format(context, TimeSpan.FromTicks(19_230));

        Assert.Equal("2026-11-28 03:09:07 - GET /status/404 - 404 1.923 HTTP/1.1 -\n", line);
    }

    [Fact]
    public void Turns_tabs_and_line_breaks_into_plus_and_leaves_everything_else_as_sent()
    {
        var context = Request("GET", "/", query: null, userAgent: "a\tb\r\nc +\"ü€");

        var line = Format(context, TimeSpan.Zero);

        Assert.EndsWith(" 200 0 HTTP/1.1 a+b++c++\"ü€\n", line);
    }

    [Fact]
    public void Keeps_the_stem_percent_encoded_with_its_path_base()
    {
        var context = Request("GET", "/a b/ü", query: null, userAgent: null);
        context.Request.PathBase = "/base";

        var line = Format(context, TimeSpan.Zero);

        Assert.Contains(" GET /base/a%20b/%C3%BC - ", line);
    }

    [Fact]
    public void Formats_an_IPv6_client_address()
    {
        var context = Request("GET", "/", query: null, userAgent: null);
        context.Connection.RemoteIpAddress = IPAddress.IPv6Loopback;

        Assert.StartsWith("2026-11-28 03:09:07 ::1 GET ", Format(context, TimeSpan.Zero));
    }

    [Fact]
    public void Writes_a_line_longer_than_a_recycled_buffer_in_full()
    {
        // Together with the rest, a user agent within its cap makes a line too long for a recycled buffer.
        var userAgent = new string('x', W3CLineFormatter.MaxUserAgentBytes);
        var context = Request("GET", "/", query: null, userAgent: userAgent);

        Assert.EndsWith($" HTTP/1.1 {userAgent}\n", Format(context, TimeSpan.Zero));
    }

    [Fact]
    public void Writes_time_taken_as_TotalMilliseconds_ToString_does()
    {
        var random = new Random(20261128);
        var ticks = new long[] { 0, 1, 9, 10, 999, 1000, 9999, 10_000, 10_001, 123_456_789, 36_000_000_000 }
            .Concat(Enumerable.Range(0, 2000).Select(_ => random.NextInt64(0, 100_000_000_000)));
        var buffer = new byte[64];

        foreach (var tick in ticks)
        {
            var written = W3CLineFormatter.WriteMilliseconds(buffer, TimeSpan.FromTicks(tick));

            var expected = TimeSpan.FromTicks(tick).TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(expected, Encoding.UTF8.GetString(buffer, 0, written));
        }
    }

    private static DefaultHttpContext Request(string method, string path, string? query, string? userAgent, int status = 200)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.QueryString = query is null ? QueryString.Empty : new QueryString(query);
        context.Request.Protocol = "HTTP/1.1";
        if (userAgent is not null)
        {
            context.Request.Headers.UserAgent = userAgent;
        }
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        context.Response.StatusCode = status;
        return context;
    }

    private static string Format(HttpContext context, TimeSpan timeTaken)
    {
        var line = W3CLineFormatter.Format(context, StartedAt, timeTaken);
        try
        {
            return Encoding.UTF8.GetString(line.Bytes);
        }
        finally
        {
            line.Return();
        }
    }
}
