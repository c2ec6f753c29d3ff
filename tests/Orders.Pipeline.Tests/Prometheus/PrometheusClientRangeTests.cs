using System.Globalization;
using System.Net;
using System.Text;
using System.Web;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Tests.Prometheus;

/// <summary>A long query_range is read in chunks Prometheus accepts (it refuses more than 11,000 points per query)
/// that together cover every step exactly once, and a series split across chunks is one series.</summary>
public sealed class PrometheusClientRangeTests
{
    /// <summary>Answers every query_range with one series whose value at each step is its Unix time.</summary>
    private sealed class MatrixHandler : HttpMessageHandler
    {
        public List<(double Start, double End, double Step)> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var q = HttpUtility.ParseQueryString(request.RequestUri!.Query);
            double D(string k) => double.Parse(q[k]!, CultureInfo.InvariantCulture);
            var (start, end, step) = (D("start"), D("end"), D("step"));
            Requests.Add((start, end, step));
            var points = new List<string>();
            for (var t = start; t <= end + 1e-9; t += step)
            {
                points.Add(string.Create(CultureInfo.InvariantCulture, $"[{t},\"{t}\"]"));
            }
            var body = $"{{\"status\":\"success\",\"data\":{{\"resultType\":\"matrix\",\"result\":[{{\"metric\":{{}},\"values\":[{string.Join(',', points)}]}}]}}}}";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }

    [Fact]
    public async Task A_long_range_is_read_in_chunks_of_at_most_10000_points_covering_each_step_once()
    {
        var handler = new MatrixHandler();
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1/") };
        var start = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

        var series = await new PrometheusClient(http).QueryRangeAsync("sum(x)", start, start.AddSeconds(24_999), TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.True((r.End - r.Start) / r.Step + 1 <= PrometheusClient.PointsPerQuery));
        var points = Assert.Single(series).Points;
        Assert.Equal(25_000, points.Count);
        Assert.All(points.Select((p, i) => (p, i)), x => Assert.Equal(1_800_000_000 + x.i, x.p.Value));
    }
}
