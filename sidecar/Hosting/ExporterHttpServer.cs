using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orders.Exporter.Options;
using Prometheus;

namespace Orders.Exporter.Hosting;

/// <summary>
/// Serves /metrics, /healthz and /readyz on Exporter:Host and Exporter:Port with Kestrel, alone (no ASP.NET
/// Core host, no pipeline), under <see cref="ServingLimits"/>. Not HttpListener any more: it has no timeout
/// for a request whose first byte arrived, no connection cap and no header-size bound (issue 12); Kestrel has
/// all three. What it costs in memory is measured in docs/benchmarks.md.
/// </summary>
public sealed class ExporterHttpServer(CollectorRegistry registry, ExporterHealth health, IOptions<ExporterOptions> options,
    ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private KestrelServer? _server;

    /// <summary>The address served, e.g. http://127.0.0.1:9181/ (Port 0 resolved to the port taken).</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var host = ListenAddress.Parse(options.Value.Host);
        var kestrel = new KestrelServerOptions { AddServerHeader = false };
        ServingLimits.Apply(kestrel.Limits);
        var cap = new ConnectionCap(registry, options.Value.MaxConnections, options.Value.MaxConnectionsPerAddress);
        kestrel.Listen(host, options.Value.Port, listen =>
        {
            listen.Protocols = HttpProtocols.Http1;
            listen.Use(cap.Wrap);
        });
        var transport = new SocketTransportFactory(Microsoft.Extensions.Options.Options.Create(new SocketTransportOptions()), loggers);
        _server = new KestrelServer(Microsoft.Extensions.Options.Options.Create(kestrel), transport, loggers);
        try
        {
            await _server.StartAsync(new ExporterHttpApplication(registry, health, _stopping.Token), cancellationToken);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"Cannot listen on {host}:{options.Value.Port}: {e.Message.TrimEnd('.')}. Set Exporter:Port (Exporter__Port) to a free port.", e);
        }
        var bound = _server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        loggers.CreateLogger<ExporterHttpServer>().LogInformation("Serving /metrics, /healthz and /readyz on {Address}", Address.ToString().TrimEnd('/'));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_server is not null)
        {
            await _server.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _server?.Dispose();
        _stopping.Dispose();
        await ValueTask.CompletedTask;
    }
}
