using System.Text;
using Orders.Exporter.Metrics;
using Orders.Exporter.Parsing;
using Orders.Exporter.Tests.Support;

namespace Orders.Exporter.Tests;

/// <summary>
/// product_order_total is what KEDA scales on, so only a placed order may move it: GET /product answered 2xx,
/// POST /orders answered 201. A redirect or a cache answer (302, 304) placed nothing, nor did an error, another
/// method or another route; each edge of the 2xx range is here so a widened or narrowed range fails.
/// </summary>
public sealed class OrderCountingTests
{
    [Theory]
    [InlineData("GET", "/product", 200, 1)]
    [InlineData("GET", "/product", 204, 1)]
    [InlineData("GET", "/product", 299, 1)]
    [InlineData("GET", "/PRODUCT/", 200, 1)]
    [InlineData("GET", "/product", 199, 0)]
    [InlineData("GET", "/product", 300, 0)]
    [InlineData("GET", "/product", 302, 0)]
    [InlineData("GET", "/product", 304, 0)]
    [InlineData("GET", "/product", 404, 0)]
    [InlineData("GET", "/product", 503, 0)]
    [InlineData("HEAD", "/product", 200, 0)]
    [InlineData("POST", "/product", 201, 0)]
    [InlineData("POST", "/orders", 201, 1)]
    [InlineData("POST", "/orders", 200, 0)]
    [InlineData("POST", "/orders", 202, 0)]
    [InlineData("POST", "/orders", 302, 0)]
    [InlineData("POST", "/orders", 303, 0)]
    [InlineData("POST", "/orders", 400, 0)]
    [InlineData("GET", "/orders", 201, 0)]
    [InlineData("GET", "/orders/42", 200, 0)]
    [InlineData("POST", "/orders/42", 201, 0)]
    public async Task Only_a_placed_order_counts(string method, string stem, int status, int counted)
    {
        var registry = Prometheus.Metrics.NewCustomRegistry();
        var metrics = new RequestMetrics(new MetricsCatalog(registry), new RouteTable(RouteTable.DefaultTemplates), null);

        metrics.Record(new AccessLogEntry { Method = Encoding.ASCII.GetBytes(method), UriStem = Encoding.ASCII.GetBytes(stem), Status = status, DurationSeconds = 0.001 });

        Assert.Equal(counted, (await MetricsText.ReadAsync(registry)).Get("product_order_total"));
    }
}
