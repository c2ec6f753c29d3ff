using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// The Prometheus clients of one replay: one per distinct set of a trigger's <c>customHeaders</c>, each with the
/// replay's credentials and --header values (<see cref="PrometheusAccess"/>), so every query carries what KEDA would
/// send for its trigger and triggers with the same headers share a connection. Disposed with the replay.
/// </summary>
public sealed class TriggerClients(PrometheusAccess access, Uri server, string source) : IDisposable
{
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    public PrometheusClient For(PrometheusTrigger trigger)
    {
        var key = trigger.CustomHeaders ?? "";
        if (!_clients.TryGetValue(key, out var http))
        {
            _clients[key] = http = access.ClientFor(server, KedaCustomHeaders.Parse(trigger.CustomHeaders, source));
        }
        return new PrometheusClient(http);
    }

    public void Dispose()
    {
        foreach (var http in _clients.Values)
        {
            http.Dispose();
        }
    }
}
