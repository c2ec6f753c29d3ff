using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Orders.Pipeline.Tests.Load;

/// <summary>A Kestrel server on 127.0.0.1 and an ephemeral port whose GET /product answers only once the
/// test releases it: the slowest server there is, to prove the engine does not wait for it.</summary>
internal sealed class SlowServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _received;

    private SlowServer(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public int Received => Volatile.Read(ref _received);

    public static async Task<SlowServer> StartAsync(bool slow)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new SlowServer(app);
        app.MapGet("/product", async () =>
        {
            Interlocked.Increment(ref server._received);
            if (slow)
            {
                await server._release.Task;
            }
            return "Order placed!";
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Address = new Uri(address);
        return server;
    }

    public void Release() => _release.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
