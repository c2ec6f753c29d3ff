using System.Globalization;
using System.Net;
using System.Text;
using System.Web;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Replay;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Replay;

/// <summary>A finished run is read as Replay reads one: one range query for the whole window, not one instant
/// query per second, and each second's value is the one Prometheus gave for that second.</summary>
public sealed class ScaledObjectEvaluatorTests
{
    /// <summary>Answers query_range with one series whose value at each step is its Unix time; counts every request.</summary>
    private sealed class MatrixHandler : HttpMessageHandler
    {
        public List<string> Paths { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Paths.Add(request.RequestUri!.AbsolutePath);
            var q = HttpUtility.ParseQueryString(request.RequestUri.Query);
            double D(string k) => double.Parse(q[k] ?? "0", CultureInfo.InvariantCulture);
            var points = new List<string>();
            for (var t = D("start"); t <= D("end") + 1e-9; t += D("step"))
            {
                points.Add(string.Create(CultureInfo.InvariantCulture, $"[{t},\"{t}\"]"));
            }
            var body = $"{{\"status\":\"success\",\"data\":{{\"resultType\":\"matrix\",\"result\":[{{\"metric\":{{}},\"values\":[{string.Join(',', points)}]}}]}}}}";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }

    [Fact]
    public async Task Reads_a_run_with_one_range_query_not_one_query_per_second()
    {
        var handler = new MatrixHandler();
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1/") };
        var start = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var spec = new ScaledObjectSpec("orders", null, new PrometheusTrigger("http://p", "sum(x)", 10));

        var run = await new ScaledObjectEvaluator(new PrometheusClient(http)).EvaluateAsync("ours", "k8s/base", spec, start, 120, CancellationToken.None);

        Assert.Equal(["/api/v1/query_range"], handler.Paths);
        Assert.Equal(120, run.QueryValues.Count);
        Assert.Equal(1_800_000_000 + 119, run.QueryValues[119]);
    }
}
