using Microsoft.AspNetCore.Connections;
using Prometheus;

namespace Orders.Exporter.Hosting;

/// <summary>
/// At most <see cref="ServingLimits.MaxConnections"/> connections at once; one more is closed as it arrives
/// (not queued) and counted in exporter_http_connections_refused_total. Kestrel's own MaxConcurrentConnections
/// would do the same but log a warning per refused connection: a flood would become a flood of log lines.
/// Metrics: exporter_http_connections_refused_total (counter).
/// </summary>
public sealed class ConnectionCap(CollectorRegistry registry)
{
    private readonly Counter _refused = Prometheus.Metrics.WithCustomRegistry(registry).CreateCounter(
        "exporter_http_connections_refused_total",
        $"Connections to the exporter's port closed on arrival because {ServingLimits.MaxConnections} were already open.");
    private int _open;

    public ConnectionDelegate Wrap(ConnectionDelegate next) => async connection =>
    {
        try
        {
            if (Interlocked.Increment(ref _open) > ServingLimits.MaxConnections)
            {
                _refused.Inc();
                connection.Abort(new ConnectionAbortedException("Too many connections to the exporter's port."));
                return;
            }
            await next(connection);
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    };
}
