using System.Net;
using System.Text;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Tests.Prometheus;

/// <summary>Every query kind fails the same way: an exception naming the query and carrying Prometheus's own
/// message when it answered, and the address and the transport's error when it did not.</summary>
public sealed class PrometheusClientErrorTests
{
    private sealed class Answer(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }

    private sealed class Refuse : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("Connection refused (127.0.0.1:9)");
    }

    private const string Rejected = """{"status":"error","errorType":"bad_data","error":"1:5: parse error: unclosed left parenthesis"}""";

    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    [Fact]
    public async Task A_rejected_range_query_names_the_query_and_carries_the_servers_message()
    {
        using var http = new HttpClient(new Answer(HttpStatusCode.BadRequest, Rejected)) { BaseAddress = new Uri("http://127.0.0.1/") };

        var error = await Assert.ThrowsAsync<PrometheusQueryException>(() =>
            new PrometheusClient(http).QueryRangeAsync("sum(", Start, Start.AddMinutes(1), TimeSpan.FromSeconds(1), CancellationToken.None));

        Assert.Equal("sum(", error.Query);
        Assert.Contains("'sum('", error.Message, StringComparison.Ordinal);
        Assert.Contains("unclosed left parenthesis", error.Message, StringComparison.Ordinal);
        Assert.False(error.NoAnswer);
    }

    [Fact]
    public async Task A_rejected_instant_query_reads_the_same_way()
    {
        using var http = new HttpClient(new Answer(HttpStatusCode.BadRequest, Rejected)) { BaseAddress = new Uri("http://127.0.0.1/") };

        var error = await Assert.ThrowsAsync<PrometheusQueryException>(() => new PrometheusClient(http).QueryAsync("sum(", Start, CancellationToken.None));

        Assert.Equal("sum(", error.Query);
        Assert.Contains("unclosed left parenthesis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_answer_names_the_address_and_the_request()
    {
        using var http = new HttpClient(new Refuse());
        var server = new Uri("http://127.0.0.1:9/");

        var error = await Assert.ThrowsAsync<PrometheusQueryException>(() => new PrometheusClient(http, server).QueryAsync("up", null, CancellationToken.None));

        Assert.True(error.NoAnswer);
        Assert.Contains("http://127.0.0.1:9/", error.Message, StringComparison.Ordinal);
        Assert.Contains("Connection refused", error.Message, StringComparison.Ordinal);
        Assert.Equal(new Uri(server, "api/v1/query?query=up"), error.Request);
    }
}
