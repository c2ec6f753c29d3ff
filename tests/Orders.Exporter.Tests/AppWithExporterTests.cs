using System.Net;
using System.Net.Http.Json;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>The real order app and the real exporter as processes: N requests to the app, exactly N in /metrics.</summary>
[Trait("Category", "Process")]
public sealed class AppWithExporterTests : IDisposable
{
    private const int Requests = 300;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task N_requests_to_the_app_are_exactly_N_in_the_exporters_metrics()
    {
        // Given the app writing its access log into a directory the exporter follows
        var logs = _dir.Combine("logs");
        await using var app = await ServiceProcess.StartAppAsync($"--AccessLog:Directory={logs}", "--Orders:ProcessingDelayMs=0");
        await using var exporter = await ServiceProcess.StartExporterAsync($"--AccessLog:Path={logs}");

        // When N requests reach the app: a third GET /product, a third POST /orders, a third GET /
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Requests; i++)
        {
            using var response = (i % 3) switch
            {
                0 => await app.Http.GetAsync(new Uri(app.BaseAddress, "/product")),
                1 => await app.Http.PostAsJsonAsync(new Uri(app.BaseAddress, "/orders"), new { productId = $"p{i}", quantity = 1 }),
                _ => await app.Http.GetAsync(app.BaseAddress),
            };
            statuses.Add(response.StatusCode);
        }
        Assert.All(statuses, status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Created, $"The app answered {status}; its output:\n{app.Output}"));

        // Then the exporter counts exactly N requests and N*2/3 orders
        Assert.True(await Eventually.HoldsAsync(async () => (await exporter.MetricsAsync()).Sum("http_requests_total") >= Requests, TimeSpan.FromSeconds(20)),
            $"The exporter did not see {Requests} requests within 20 s.\nApp output:\n{app.Output}\nExporter output:\n{exporter.Output}");
        var metrics = await exporter.MetricsAsync();
        Assert.Equal(Requests, metrics.Sum("http_requests_total"));
        Assert.Equal(Requests / 3, metrics.Get("http_requests_total{method=\"GET\",path=\"/product\",status=\"200\"}"));
        Assert.Equal(Requests / 3, metrics.Get("http_requests_total{method=\"POST\",path=\"/orders\",status=\"201\"}"));
        Assert.Equal(Requests * 2 / 3, metrics.Get("product_order_total"));
        Assert.Equal(0, metrics.Get("accesslog_lines_total{result=\"malformed\"}"));
    }
}
