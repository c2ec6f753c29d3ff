using System.Net;
using Microsoft.AspNetCore.Connections;
using Orders.Exporter.Metrics;
using Prometheus;

namespace Orders.Exporter.Hosting;

/// <summary>
/// At most Exporter:MaxConnectionsPerAddress connections from one source address and Exporter:MaxConnections in
/// all; one more is closed as it arrives (not queued) and counted in exporter_http_connections_refused_total by
/// the bound it hit. The bound per address is what keeps the port open to Prometheus and the kubelet's probes:
/// with a shared bound only, whoever holds that many idle sockets (reopened as the headers timeout closes them)
/// gets every fresh connection refused, probes included, and the kubelet restarts the exporter in a loop. The
/// total stays as the memory bound against many addresses. Kestrel's own MaxConcurrentConnections would give a
/// shared bound only, and log a warning per refused connection: a flood would become a flood of log lines.
/// Metrics: exporter_http_connections_refused_total{reason="per_address|total"} (counter).
/// </summary>
public sealed class ConnectionCap
{
    private readonly int _maxConnections;
    private readonly int _maxPerAddress;
    private readonly Counter.Child _refusedPerAddress;
    private readonly Counter.Child _refusedTotal;
    private readonly Lock _lock = new();
    private readonly Dictionary<IPAddress, int> _openPerAddress = [];
    private int _open;

    public ConnectionCap(CollectorRegistry registry, int maxConnections, int maxPerAddress)
    {
        (_maxConnections, _maxPerAddress) = (maxConnections, maxPerAddress);
        var refused = Prometheus.Metrics.WithCustomRegistry(registry).CreateCounter("exporter_http_connections_refused_total",
            $"Connections to the exporter's port closed on arrival: {maxPerAddress} were already open from that address (per_address) or {maxConnections} in all (total).",
            MetricLabels.RefusalReason);
        (_refusedPerAddress, _refusedTotal) = (refused.WithLabels("per_address"), refused.WithLabels("total"));
    }

    public ConnectionDelegate Wrap(ConnectionDelegate next) => async connection =>
    {
        var source = SourceOf(connection);
        if (Admit(source) is { } refusal)
        {
            refusal.Inc();
            connection.Abort(new ConnectionAbortedException("Too many connections to the exporter's port."));
            return;
        }

        try
        {
            await next(connection);
        }
        finally
        {
            Release(source);
        }
    };

    /// <summary>Null if admitted (and counted open), else the refusal to count.</summary>
    private Counter.Child? Admit(IPAddress source)
    {
        lock (_lock)
        {
            var fromSource = _openPerAddress.GetValueOrDefault(source);
            if (fromSource >= _maxPerAddress)
            {
                return _refusedPerAddress;
            }

            if (_open >= _maxConnections)
            {
                return _refusedTotal;
            }

            _openPerAddress[source] = fromSource + 1;
            _open++;
            return null;
        }
    }

    private void Release(IPAddress source)
    {
        lock (_lock)
        {
            _open--;
            var left = _openPerAddress[source] - 1;
            if (left == 0)
            {
                _openPerAddress.Remove(source); // only addresses with open connections: at most MaxConnections entries
            }
            else
            {
                _openPerAddress[source] = left;
            }
        }
    }

    /// <summary>An IPv4 client of a dual-stack socket arrives as ::ffff:a.b.c.d: the same client as a.b.c.d.</summary>
    private static IPAddress SourceOf(ConnectionContext connection) => connection.RemoteEndPoint switch
    {
        IPEndPoint { Address.IsIPv4MappedToIPv6: true } ip => ip.Address.MapToIPv4(),
        IPEndPoint ip => ip.Address,
        _ => IPAddress.None, // not IP (a Unix socket): one bucket for all
    };
}
