using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Orders.Exporter.Hosting;
using Orders.Exporter.Options;
using Orders.Exporter.Tests.Support;
using Prometheus;

namespace Orders.Exporter.Tests;

/// <summary>
/// /metrics, /healthz and /readyz as the real server answers them, on 127.0.0.1 and a free port
/// (the whole process is ExporterProcessTests). Every client connection is counted to prove keep-alive holds.
/// </summary>
public sealed class EndpointTests : IAsyncLifetime
{
    private readonly ExporterHealth _health = new();
    private readonly CollectorRegistry _registry = Prometheus.Metrics.NewCustomRegistry();
    private ExporterHttpServer _server = null!;
    private HttpClient _client = null!;
    private int _connections;

    public async Task InitializeAsync()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new ExporterOptions { Host = "127.0.0.1", Port = 0 });
        _server = new ExporterHttpServer(_registry, _health, options, NullLoggerFactory.Instance);
        await _server.StartAsync(CancellationToken.None);
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1,
            ConnectCallback = async (context, cancellation) =>
            {
                Interlocked.Increment(ref _connections);
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        _client = new HttpClient(handler) { BaseAddress = _server.Address, Timeout = TimeSpan.FromSeconds(10) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.StopAsync(CancellationToken.None);
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Readyz_answers_503_until_the_first_scan_then_200()
    {
        // Given the real pipeline reporting to this server's health, its first scan held up: more files than the
        // bounded channel holds and the consumer's gate taken, so the tailer blocks on the full channel mid-scan
        var deadline = TimeSpan.FromSeconds(20);
        using var dir = new TempDirectory();
        W3CLines.MoreFilesThanTheChannelHolds(dir.Path);
        using var pipeline = ExporterPipeline.Create(new AccessLogTailOptions { Path = dir.Path }, new ExporterOptions(),
            Prometheus.Metrics.NewCustomRegistry(), TimeProvider.System, NullLoggerFactory.Instance);
        using var release = new ManualResetEventSlim();
        using var gateTaken = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            lock (pipeline.Stages.Keeper.Gate)
            {
                gateTaken.Set();
                release.Wait();
            }
        });
        holder.Start();
        Assert.True(gateTaken.Wait(deadline));
        using var stopping = new CancellationTokenSource();
        var running = pipeline.RunAsync(_health, stopping.Token);

        // Then not ready while the first scan is under way
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _client.GetAsync("/readyz")).StatusCode);

        // When the scan can finish, the pipeline marks ready by itself (the test never touches the health)
        release.Set();
        Assert.True(await Eventually.HoldsAsync(async () => (await _client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK, deadline),
            "/readyz never answered 200 after the first scan completed");
        await stopping.CancelAsync();
        await running.WaitAsync(deadline);
        holder.Join(deadline);
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

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Contains("product_order_total 3", System.Text.Encoding.UTF8.GetString(body));
        // Not chunked: a separate end-of-body write waits on the client's delayed ACK (~40 ms, see the endpoint).
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Scrapes_and_probes_share_one_kept_alive_connection()
    {
        _health.MarkReady();
        Prometheus.Metrics.WithCustomRegistry(_registry).CreateCounter("product_order_total", "Orders.").Inc();

        var seen = new List<string>();
        foreach (var path in new[] { "/metrics", "/healthz", "/readyz", "/metrics", "/nowhere", "/metrics" })
        {
            using var response = await _client.GetAsync(path);
            seen.Add($"{path}: {(int)response.StatusCode}, connections so far {_connections}");
        }

        Assert.True(_connections == 1, "A response closed the connection; Prometheus would reconnect per scrape: " + string.Join("; ", seen));
    }

    [Fact]
    public async Task Other_paths_are_404_and_methods_other_than_GET_and_HEAD_405()
    {
        var missing = await _client.GetAsync("/metrics/extra");
        var deleted = await _client.DeleteAsync("/metrics");
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("/metrics, /healthz and /readyz", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, deleted.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", deleted.Content.Headers.Allow));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
