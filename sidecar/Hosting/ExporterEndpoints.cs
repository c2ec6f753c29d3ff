using System.Net;
using System.Text;
using Prometheus;

namespace Orders.Exporter.Hosting;

/// <summary>
/// Answers one request: /metrics (Prometheus text format), /healthz (503 once the tailer died), /readyz (503
/// until the first scan). GET and HEAD only; anything else is 404 or 405 with a line saying what exists.
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
            await WriteTextAsync(response, request, HttpStatusCode.NotFound, "Not found: this exporter serves /metrics, /healthz and /readyz.", cancellation);
            return;
        }
        if (request.HttpMethod is not ("GET" or "HEAD"))
        {
            response.AddHeader("Allow", "GET, HEAD");
            await WriteTextAsync(response, request, HttpStatusCode.MethodNotAllowed, $"{request.HttpMethod} is not allowed on {path}; use GET.", cancellation);
            return;
        }

        if (path == "/metrics")
        {
            response.ContentType = PrometheusTextFormat;
            if (request.HttpMethod == "GET") await registry.CollectAndExportAsTextAsync(response.OutputStream, cancellation);
            response.Close(); // Close(), not Dispose(): Dispose aborts the connection and breaks keep-alive scrapes
        }
        else if (path == "/healthz")
        {
            await (health.Failure is null
                ? WriteTextAsync(response, request, HttpStatusCode.OK, "Healthy", cancellation)
                : WriteTextAsync(response, request, HttpStatusCode.ServiceUnavailable, $"Unhealthy: the tailer died ({health.Failure.Message}); see the log.", cancellation));
        }
        else
        {
            await (health.Ready
                ? WriteTextAsync(response, request, HttpStatusCode.OK, "Ready", cancellation)
                : WriteTextAsync(response, request, HttpStatusCode.ServiceUnavailable, "Not ready: the first scan of the log has not finished.", cancellation));
        }
    }

    private static async Task WriteTextAsync(HttpListenerResponse response, HttpListenerRequest request, HttpStatusCode status, string text, CancellationToken cancellation)
    {
        var body = Encoding.UTF8.GetBytes(text);
        response.StatusCode = (int)status;
        response.ContentType = PlainText;
        response.ContentLength64 = body.Length;
        if (request.HttpMethod != "HEAD") await response.OutputStream.WriteAsync(body, cancellation);
        response.Close();
    }
}
