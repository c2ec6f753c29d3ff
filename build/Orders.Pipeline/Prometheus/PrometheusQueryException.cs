namespace Orders.Pipeline.Prometheus;

/// <summary>Prometheus could not answer a query, or answered with something a KEDA trigger cannot use. Carries
/// the query (or API path) and the request, so a caller can say what was asked where; when Prometheus did not
/// answer at all, <see cref="Exception.InnerException"/> is the transport's error.</summary>
public sealed class PrometheusQueryException(string message, string query, Exception? inner = null, Uri? request = null)
    : Exception(message, inner)
{
    public string Query { get; } = query;

    public Uri? Request { get; } = request;

    /// <summary>True when no HTTP answer came back (refused, reset, timed out), as opposed to an answer refusing the query.</summary>
    public bool NoAnswer => InnerException is HttpRequestException or TaskCanceledException;
}
