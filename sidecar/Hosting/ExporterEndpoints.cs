using System.Text;
using Prometheus;

namespace Orders.Exporter.Hosting;

/// <summary>
/// Answers one request: /metrics (Prometheus text format), /healthz (503 once the tailer died or stalled), /readyz (503
/// until the first scan). GET and HEAD only (what Prometheus and the kubelet send); any other path is 404 and
/// any other method 405, with a line saying what exists. Knows nothing of the server that carries it.
/// </summary>
public static class ExporterEndpoints
{
    public const string PrometheusTextFormat = "text/plain; version=0.0.4; charset=utf-8";
    public const string AllowedMethods = "GET, HEAD";
    private const string PlainText = "text/plain; charset=utf-8";

    public static async Task<ExporterAnswer> AnswerAsync(string method, string path, CollectorRegistry registry, ExporterHealth health, CancellationToken cancellation)
    {
        if (path is not ("/metrics" or "/healthz" or "/readyz"))
        {
            return Text(404, "Not found: this exporter serves /metrics, /healthz and /readyz.");
        }
        if (method is not ("GET" or "HEAD"))
        {
            return Text(405, $"{Printable(method)} is not allowed on {path}; use GET.") with { Allow = AllowedMethods };
        }
        if (path == "/metrics")
        {
            // Serialized first and sent with a Content-Length in one write (docs/benchmarks.md: a chunked body's
            // separate end-of-body write waited on the scraper's delayed ACK behind Nagle).
            using var body = new MemoryStream(16 * 1024);
            await registry.CollectAndExportAsTextAsync(body, cancellation);
            return new ExporterAnswer(200, PrometheusTextFormat, body.GetBuffer().AsMemory(0, (int)body.Length));
        }
        if (path == "/healthz")
        {
            return health.Failure is null ? Text(200, "Healthy") : Text(503, $"Unhealthy: {health.Failure.Message.TrimEnd('.')}. See the exporter's log.");
        }
        return health.Ready ? Text(200, "Ready") : Text(503, "Not ready: the first scan of the log has not finished.");
    }

    private static ExporterAnswer Text(int status, string text) => new(status, PlainText, Encoding.UTF8.GetBytes(text));

    // The method is the client's: never echo more than a token's worth of it.
    private static string Printable(string method) => method.Length <= 16 && method.All(char.IsAsciiLetterUpper) ? method : "That method";
}
