namespace Orders.Pipeline.Prometheus;

/// <summary>Prometheus could not answer a query, or answered with something a KEDA trigger cannot use.</summary>
public sealed class PrometheusQueryException(string message, string query, Exception? inner = null)
    : Exception(message, inner)
{
    public string Query { get; } = query;
}
