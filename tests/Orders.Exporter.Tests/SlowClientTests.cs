using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Orders.Exporter.Hosting;
using Orders.Exporter.Options;
using Orders.Exporter.Tests.Support;
using Prometheus;
using Xunit.Abstractions;

namespace Orders.Exporter.Tests;

/// <summary>
/// The exporter's port under a slow-loris flood, with real sockets on 127.0.0.1: 500 connections that each
/// send one byte and then nothing. Prometheus' kept-alive connection still gets /metrics within 1 s; the
/// connections beyond the cap per address are closed as they arrive, the others once their headers are 5 s
/// late, all within 10 s (fresh connections from other addresses: ConnectionsPerAddressTests). Headers over
/// the size bound are refused. (Memory under the same flood, on the Native AOT build, is a benchmark:
/// bench/exporter-slow-clients.sh.)
/// </summary>
public sealed class SlowClientTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Flood = 500;
    private readonly CollectorRegistry _registry = Prometheus.Metrics.NewCustomRegistry();
    private readonly ExporterOptions _options = new() { Host = "127.0.0.1", Port = 0 };
    private ExporterHttpServer _server = null!;

    public async Task InitializeAsync()
    {
        var options = Microsoft.Extensions.Options.Options.Create(_options);
        _server = new ExporterHttpServer(_registry, new ExporterHealth(), options, NullLoggerFactory.Instance);
        await _server.StartAsync(CancellationToken.None);
        Prometheus.Metrics.WithCustomRegistry(_registry).CreateCounter("product_order_total", "Orders.").Inc(7);
    }

    public async Task DisposeAsync()
    {
        await _server.StopAsync(CancellationToken.None);
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task One_byte_connections_neither_stop_scrapes_nor_stay_open()
    {
        // Given Prometheus' connection, kept alive since its last scrape
        using var prometheus = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = _server.Address };
        Assert.Equal(HttpStatusCode.OK, (await prometheus.GetAsync("/metrics")).StatusCode);

        // When 500 connections each send one byte and then nothing
        var clock = Stopwatch.StartNew();
        var sockets = new List<Socket>();
        try
        {
            var closedAt = new Task<TimeSpan>[Flood];
            for (var i = 0; i < Flood; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                sockets.Add(socket);
                closedAt[i] = SendOneByteAndWaitForCloseAsync(socket, clock);
            }

            // Then a scrape on the kept-alive connection answers within 1 s
            using var scrape = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            var metrics = await prometheus.GetStringAsync("/metrics", scrape.Token);
            Assert.Contains("product_order_total 7", metrics, StringComparison.Ordinal);

            // And every flooding connection is closed by the server within 10 s
            var all = Task.WhenAll(closedAt);
            Assert.True(await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10))) == all,
                $"{closedAt.Count(t => !t.IsCompleted)} of {Flood} one-byte connections still open after 10 s");
            var times = closedAt.Select(t => t.Result).Order().ToArray();
            output.WriteLine($"closed: first {times[0].TotalSeconds:F2} s, {_options.MaxConnectionsPerAddress + 1}th from last {times[^(_options.MaxConnectionsPerAddress + 1)].TotalSeconds:F2} s, last {times[^1].TotalSeconds:F2} s");
            // Beyond the cap they were refused on arrival, not held until the headers timeout.
            Assert.True(times[^(_options.MaxConnectionsPerAddress + 1)] < ServingLimits.RequestHeadersTimeout,
                $"More than {_options.MaxConnectionsPerAddress} connections were held open until the headers timeout");
            var refused = MetricsText.Parse(await prometheus.GetStringAsync("/metrics")).Sum("exporter_http_connections_refused_total");
            Assert.InRange(refused, 1, Flood);
        }
        finally
        {
            sockets.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task Headers_over_the_size_bound_are_refused()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(_server.Address!.Host, _server.Address.Port);
        var request = $"GET /metrics HTTP/1.1\r\nHost: x\r\nX-Padding: {new string('a', ServingLimits.MaxRequestHeadersBytes)}\r\n\r\n";

        await socket.SendAsync(Encoding.ASCII.GetBytes(request));
        var answer = await ReadUntilClosedAsync(socket);

        Assert.StartsWith("HTTP/1.1 431 ", answer, StringComparison.Ordinal);
    }

    private async Task<TimeSpan> SendOneByteAndWaitForCloseAsync(Socket socket, Stopwatch clock)
    {
        try
        {
            await socket.ConnectAsync(_server.Address!.Host, _server.Address.Port);
            await socket.SendAsync("G"u8.ToArray());
            await ReadUntilClosedAsync(socket);
        }
        catch (SocketException)
        {
            // Reset by the server: closed as well.
        }
        return clock.Elapsed;
    }

    private static async Task<string> ReadUntilClosedAsync(Socket socket)
    {
        var received = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while ((read = await socket.ReceiveAsync(buffer)) > 0)
        {
            received.Write(buffer, 0, read);
        }
        return Encoding.ASCII.GetString(received.ToArray());
    }
}
