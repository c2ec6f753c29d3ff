using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.Api;

public sealed class ProbeTests
{
    [Fact]
    public async Task Both_probes_answer_200_while_running()
    {
        using var logs = new TempDirectory();
        await using var app = new OrdersAppFactory(logs.Path);
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Readiness_turns_503_the_moment_shutdown_begins_while_liveness_stays_200()
    {
        // Given: a running app whose shutdown the test can hold before the server stops
        using var logs = new TempDirectory();
        var gate = new ShutdownGate();
        await using var app = new OrdersAppFactory(logs.Path, services: services => services.AddHostedService(_ => gate));
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);

        // When: shutdown begins (what SIGTERM does)
        app.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        await gate.Reached.WaitAsync(TimeSpan.FromSeconds(30));

        // Then: still serving, but no longer ready
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        }
        finally
        {
            gate.Release();
        }
    }
}
