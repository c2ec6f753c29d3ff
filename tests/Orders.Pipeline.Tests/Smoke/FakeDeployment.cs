using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Orders.Pipeline.Tests.Smoke;

/// <summary>One Kestrel server on 127.0.0.1 and an ephemeral port playing the app (/ and /product), the
/// exporter (/metrics) and Prometheus (/api/v1/query), each answer set by the test.</summary>
internal sealed class FakeDeployment : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeDeployment(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public string RootBody { get; set; } = "Welcome to the orders service";

    public int ProductStatus { get; set; } = StatusCodes.Status200OK;

    public string Metrics { get; set; } = "product_order_total 1\n";

    /// <summary>The series /api/v1/query returns; 0 answers an empty vector.</summary>
    public int PrometheusSeries { get; set; } = 1;

    public int PrometheusQueries { get; private set; }

    public string? LastQuery { get; private set; }

    public static async Task<FakeDeployment> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDeployment(app);
        app.MapGet("/", () => fake.RootBody);
        app.MapGet("/product", () => Results.Text("Order placed!", statusCode: fake.ProductStatus));
        app.MapGet("/metrics", () => fake.Metrics);
        app.MapGet("/api/v1/query", (string query) =>
        {
            fake.PrometheusQueries++;
            fake.LastQuery = query;
            var series = string.Join(",", Enumerable.Repeat("""{"metric":{"namespace":"orders"},"value":[1700000000,"3"]}""", fake.PrometheusSeries));
            return Results.Text($$$"""{"status":"success","data":{"resultType":"vector","result":[{{{series}}}]}}""", "application/json");
        });
        await app.StartAsync();
        fake.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
