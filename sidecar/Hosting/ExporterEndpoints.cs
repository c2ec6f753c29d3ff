using System.Net;
using System.Text;
using Prometheus;

namespace Orders.Exporter.Hosting;

/// <summary>
/// Answers one request: /metrics (Prometheus text format), /healthz (503 once the tailer died), /readyz (503
/// until the first scan). GET only (what Prometheus and the kubelet send); anything else is 404 or 405 with a
/// line saying what exists.
/// </summary>
public static class ExporterEndpoints
{
    public const string PrometheusTextFormat = "text/plain; version=0.0.4; charset=utf-8";
    private const string PlainText = "text/plain; charset=utf-8";

    public static async Task RespondAsync(HttpListenerContext context, CollectorRegistry registry, ExporterHealth health, CancellationToken cancellation)
    {
        var request = context.Request;
        var response = context.Response;
        var path = request.Url?.AbsolutePath ?? "/";
        if (path is not ("/metrics" or "/healthz" or "/readyz"))
        {
            await WriteTextAsync(response, HttpStatusCode.NotFound, "Not found: this exporter serves /metrics, /healthz and /readyz.", cancellation);
            return;
        }
        if (request.HttpMethod != "GET")
        {
            response.AddHeader("Allow", "GET");
            await WriteTextAsync(response, HttpStatusCode.MethodNotAllowed, $"{request.HttpMethod} is not allowed on {path}; use GET.", cancellation);
            return;
        }

        if (path == "/metrics")
        {
            // Serialized first, then sent with a Content-Length in one write: HttpListener cannot turn Nagle off,
            // and a chunked body's separate end-of-body write waited on the scraper's delayed ACK (p50 44 ms in
            // bench/exporter-latency-probe.sh, 1 ms this way). Up to ~16 KB leaves in the headers' packet.
            using var body = new MemoryStream(16 * 1024);
            await registry.CollectAndExportAsTextAsync(body, cancellation);
            response.ContentType = PrometheusTextFormat;
            response.ContentLength64 = body.Length;
            await response.OutputStream.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), cancellation);
            response.Close(); // Close(), not Dispose(): Dispose aborts the connection and breaks keep-alive scrapes
        }
        else if (path == "/healthz")
        {
            await (health.Failure is null
                ? WriteTextAsync(response, HttpStatusCode.OK, "Healthy", cancellation)
                : WriteTextAsync(response, HttpStatusCode.ServiceUnavailable, $"Unhealthy: the tailer died ({health.Failure.Message}); see the log.", cancellation));
        }
        else
        {
            await (health.Ready
                ? WriteTextAsync(response, HttpStatusCode.OK, "Ready", cancellation)
                : WriteTextAsync(response, HttpStatusCode.ServiceUnavailable, "Not ready: the first scan of the log has not finished.", cancellation));
        }
    }

    private static async Task WriteTextAsync(HttpListenerResponse response, HttpStatusCode status, string text, CancellationToken cancellation)
    {
        var body = Encoding.UTF8.GetBytes(text);
        response.StatusCode = (int)status;
        response.ContentType = PlainText;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body, cancellation);
        response.Close();
    }
}
