using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orders.Exporter.Options;
using Prometheus;

namespace Orders.Exporter.Hosting;

/// <summary>
/// Serves /metrics, /healthz and /readyz on Exporter:Host and Exporter:Port with the framework's HttpListener,
/// the server prometheus-net's own MetricServer uses. Not Kestrel: following, Kestrel cost ~8 MB of the
/// sidecar's RSS (its memory pool and GC regions, and the code it brings), HttpListener ~0 (docs/benchmarks.md).
/// MetricServer itself serves one path only, hence this listener with three.
/// </summary>
public sealed class ExporterHttpServer(CollectorRegistry registry, ExporterHealth health, IOptions<ExporterOptions> options,
    ILogger<ExporterHttpServer> logger) : IHostedService, IDisposable
{
    private const int BindAttempts = 5;
    private HttpListener _listener = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task _accepting = Task.CompletedTask;

    /// <summary>The address served, e.g. http://127.0.0.1:9181/ (Port 0 resolved to the port taken).</summary>
    public Uri? Address { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var host = ListenAddress.Parse(options.Value.Host);
        Address = Bind(host, options.Value.Port);
        logger.LogInformation("Serving /metrics, /healthz and /readyz on {Address}", Address.ToString().TrimEnd('/'));
        _accepting = AcceptAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _accepting.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        _listener.Close();
        _stopping.Dispose();
    }

    // HttpListener cannot bind port 0, so Port 0 (tests, benchmarks) takes a port the OS just handed out; if
    // another process grabs it in between, try another.
    private Uri Bind(IPAddress host, int port)
    {
        for (var attempt = 1; ; attempt++)
        {
            var chosen = port != 0 ? port : FreePort(host);
            var prefix = $"http://{Prefix(host)}:{chosen}/";
            _listener.Close(); // a listener that failed to start is disposed: each attempt gets a new one
            _listener = new HttpListener { IgnoreWriteExceptions = true }; // a scraper hanging up is not our error
            _listener.Prefixes.Add(prefix);
            try
            {
                _listener.Start();
                return new Uri(prefix.Replace("+", "0.0.0.0", StringComparison.Ordinal));
            }
            catch (HttpListenerException e) when (port == 0 && attempt < BindAttempts)
            {
                logger.LogDebug(e, "Port {Port} was taken before the listener bound it; trying another.", chosen);
            }
            catch (HttpListenerException e)
            {
                throw new InvalidOperationException($"Cannot listen on {prefix}: {e.Message.TrimEnd('.')}. Set Exporter:Port (Exporter__Port) to a free port.", e);
            }
        }
    }

    private static string Prefix(IPAddress host) => host.Equals(IPAddress.Any) ? "+" : host.ToString();

    private static int FreePort(IPAddress host)
    {
        var probe = new TcpListener(host, 0);
        probe.Start();
        try { return ((IPEndPoint)probe.LocalEndpoint).Port; }
        finally { probe.Stop(); }
    }

    private async Task AcceptAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException e) when (_listener.IsListening)
            {
                logger.LogWarning(e, "Accepting a request failed; still listening.");
                continue;
            }
            _ = RespondAsync(context, stopping); // one slow scraper must not hold up the probes
        }
    }

    private async Task RespondAsync(HttpListenerContext context, CancellationToken stopping)
    {
        try
        {
            await ExporterEndpoints.RespondAsync(context, registry, health, stopping);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Answering {Path} failed; the client gets a broken response and may retry.", context.Request.Url?.AbsolutePath);
            context.Response.Abort();
        }
    }
}
