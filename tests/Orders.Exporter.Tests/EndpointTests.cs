using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orders.Exporter.Hosting;
using Prometheus;

namespace Orders.Exporter.Tests;

/// <summary>/metrics, /healthz and /readyz on an in-process test server (the real process is ExporterProcessTests).</summary>
public sealed class EndpointTests : IAsyncLifetime
{
    private readonly ExporterHealth _health = new();
    private readonly CollectorRegistry _registry = Prometheus.Metrics.NewCustomRegistry();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(_health).AddSingleton(_registry);
        _app = builder.Build();
        _app.MapExporterEndpoints();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Readyz_answers_503_until_the_first_scan_then_200()
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _client.GetAsync("/readyz")).StatusCode);

        _health.MarkReady();

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Healthz_answers_503_once_the_tailer_died()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/healthz")).StatusCode);

        _health.MarkDied(new InvalidOperationException("boom"));

        var response = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("boom", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Metrics_serves_the_registry_in_prometheus_text_format()
    {
        Prometheus.Metrics.WithCustomRegistry(_registry).CreateCounter("product_order_total", "Orders.").Inc(3);

        var response = await _client.GetAsync("/metrics");

        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("product_order_total 3", await response.Content.ReadAsStringAsync());
    }
}
