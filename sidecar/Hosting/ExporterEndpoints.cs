using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Prometheus;

namespace Orders.Exporter.Hosting;

/// <summary>/metrics (Prometheus text format), /healthz (503 once the tailer died), /readyz (after the first scan).</summary>
public static class ExporterEndpoints
{
    private const string PrometheusTextFormat = "text/plain; version=0.0.4; charset=utf-8";

    public static IEndpointRouteBuilder MapExporterEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/metrics", async (HttpContext context, CollectorRegistry registry) =>
        {
            context.Response.ContentType = PrometheusTextFormat;
            await registry.CollectAndExportAsTextAsync(context.Response.Body, context.RequestAborted);
        });
        endpoints.MapGet("/healthz", (ExporterHealth health) => health.Failure is null
            ? Results.Text("Healthy")
            : Results.Text($"Unhealthy: the tailer died ({health.Failure.Message}); see the log.", statusCode: StatusCodes.Status503ServiceUnavailable));
        endpoints.MapGet("/readyz", (ExporterHealth health) => health.Ready
            ? Results.Text("Ready")
            : Results.Text("Not ready: the first scan of the log has not finished.", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}
