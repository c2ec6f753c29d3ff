using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Orders.Exporter.Hosting;
using Orders.Exporter.Options;
using Orders.Exporter.Tests.Support;
using Prometheus;

namespace Orders.Exporter.Tests;

/// <summary>
/// One address cannot lock the others out of the exporter's port (issue 23): 300 connections from 127.0.0.1
/// that each send one byte and nothing more hold at most Exporter:MaxConnectionsPerAddress of it, so a fresh
/// scrape from 127.0.0.2 and a fresh probe from 127.0.0.3 (new connections, as the kubelet's always are) are
/// answered (the bench measures how fast); the flood is refused as it arrives, counted per_address, and the connections admitted
/// are closed by the headers timeout: all within 10 s. Real sockets, all on the loopback.
/// </summary>
public sealed class ConnectionsPerAddressTests : IAsyncLifetime
{
    private const int Flood = 300;
    // A correctness bound, not a timing: without the per-address bound the fresh connection is refused at once,
    // whatever the timeout. How fast it is answered is measured by bench/exporter-slow-clients.sh (under 4 ms
    // there); a bound under the 1 s of the issue would fail on a loaded CI machine for no bug.
    private static readonly TimeSpan FreshAnswerBound = TimeSpan.FromSeconds(5);
    private readonly CollectorRegistry _registry = Prometheus.Metrics.NewCustomRegistry();
    private readonly ExporterOptions _options = new() { Host = "127.0.0.1", Port = 0 };
    private ExporterHttpServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = new ExporterHttpServer(_registry, new ExporterHealth(), Microsoft.Extensions.Options.Options.Create(_options), NullLoggerFactory.Instance);
        await _server.StartAsync(CancellationToken.None);
        Prometheus.Metrics.WithCustomRegistry(_registry).CreateCounter("product_order_total", "Orders.").Inc(7);
    }

    public async Task DisposeAsync()
    {
        await _server.StopAsync(CancellationToken.None);
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_flood_from_one_address_leaves_fresh_scrapes_and_probes_from_others_answered()
    {
        // Given 300 connections from 127.0.0.1, each sending one byte and then nothing
        var clock = Stopwatch.StartNew();
        var sockets = new List<Socket>();
        try
        {
            var sent = new Task[Flood];
            for (var i = 0; i < Flood; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                sockets.Add(socket);
                sent[i] = ConnectAndSendOneByteAsync(socket, IPAddress.Loopback);
            }
            await Task.WhenAll(sent);
            var closedAt = sockets.Select(s => WaitForCloseAsync(s, clock)).ToArray();

            // When Prometheus (127.0.0.2) and the kubelet (127.0.0.3) open fresh connections
            using var prometheus = SourceBoundClient.Create(IPAddress.Parse("127.0.0.2"), _server.Address!, FreshAnswerBound);
            using var kubelet = SourceBoundClient.Create(IPAddress.Parse("127.0.0.3"), _server.Address!, FreshAnswerBound);
            var metrics = await prometheus.GetStringAsync("/metrics");
            var probe = await kubelet.GetAsync("/healthz");

            // Then both are answered within the bound (the clients' timeout)
            Assert.Contains("product_order_total 7", metrics, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, probe.StatusCode);

            // And every flooding connection is closed by the server within 10 s, all but the admitted few on arrival
            var all = Task.WhenAll(closedAt);
            Assert.True(await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10))) == all,
                $"{closedAt.Count(t => !t.IsCompleted)} of {Flood} one-byte connections still open after 10 s");
            var times = closedAt.Select(t => t.Result).Order().ToArray();
            Assert.True(times[^(_options.MaxConnectionsPerAddress + 1)] < ServingLimits.RequestHeadersTimeout,
                $"More than {_options.MaxConnectionsPerAddress} connections from one address were held open until the headers timeout");
            var refused = MetricsText.Parse(await prometheus.GetStringAsync("/metrics"));
            Assert.Equal(Flood - _options.MaxConnectionsPerAddress, refused.Get("exporter_http_connections_refused_total{reason=\"per_address\"}"));
            Assert.Equal(0, refused.Get("exporter_http_connections_refused_total{reason=\"total\"}"));
        }
        finally
        {
            sockets.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task Many_addresses_together_are_held_to_the_total()
    {
        // Given a total of 4 and 2 per address: three addresses want 2 each
        await DisposeAsync();
        (_options.MaxConnections, _options.MaxConnectionsPerAddress) = (4, 2);
        await InitializeAsync();
        var sockets = new List<Socket>();
        try
        {
            foreach (var source in new[] { "127.0.0.4", "127.0.0.5", "127.0.0.6" })
            {
                for (var i = 0; i < 2; i++)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    sockets.Add(socket);
                    await ConnectAndSendOneByteAsync(socket, IPAddress.Parse(source));
                }
            }

            // Then the last address's two are refused for the total
            Assert.True(await Eventually.HoldsAsync(async () => await RefusedAsync("total") == 2, TimeSpan.FromSeconds(5)),
                "the connections beyond Exporter:MaxConnections were not refused as total");
            Assert.Equal(0, await RefusedAsync("per_address"));
        }
        finally
        {
            sockets.ForEach(s => s.Dispose());
        }
    }

    private async Task<double> RefusedAsync(string reason) =>
        (await MetricsText.ReadAsync(_registry)).GetValueOrDefault($"exporter_http_connections_refused_total{{reason=\"{reason}\"}}");

    private async Task ConnectAndSendOneByteAsync(Socket socket, IPAddress source)
    {
        socket.Bind(new IPEndPoint(source, 0));
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, _server.Address!.Port);
            await socket.SendAsync("G"u8.ToArray());
        }
        catch (SocketException)
        {
            // Already reset by the server: refused on arrival.
        }
    }

    private static async Task<TimeSpan> WaitForCloseAsync(Socket socket, Stopwatch clock)
    {
        var buffer = new byte[4096];
        try
        {
            while (await socket.ReceiveAsync(buffer) > 0)
            {
            }
        }
        catch (SocketException)
        {
            // Reset by the server: closed as well.
        }
        return clock.Elapsed;
    }
}
