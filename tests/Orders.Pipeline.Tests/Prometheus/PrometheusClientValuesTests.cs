using System.Net;
using System.Text;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Tests.Prometheus;

/// <summary>The dashboard's range queries read values as Prometheus writes them: a histogram_quantile panel
/// answers "+Inf" and "NaN" where a bucket is empty, and that must be a value the chart leaves out, not a crash
/// of the Local run after its load.</summary>
public sealed class PrometheusClientValuesTests
{
    private sealed class Answer(string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }

    [Fact]
    public async Task Reads_infinities_and_NaN_as_Prometheus_writes_them()
    {
        const string body = """
            {"status":"success","data":{"resultType":"matrix","result":[{"metric":{"path":"/product"},
             "values":[[1000,"0.105"],[1001,"+Inf"],[1002,"NaN"],[1003,"-Inf"]]}]}}
            """;
        using var http = new HttpClient(new Answer(body)) { BaseAddress = new Uri("http://127.0.0.1/") };

        var series = await new PrometheusClient(http).QueryRangeAsync(
            "histogram_quantile(0.99, x)", DateTimeOffset.FromUnixTimeSeconds(1000), DateTimeOffset.FromUnixTimeSeconds(1003), TimeSpan.FromSeconds(1), CancellationToken.None);

        var values = Assert.Single(series).Points.Select(p => p.Value).ToList();
        Assert.Equal(0.105, values[0]);
        Assert.Equal(double.PositiveInfinity, values[1]);
        Assert.True(double.IsNaN(values[2]));
        Assert.Equal(double.NegativeInfinity, values[3]);
    }
}
