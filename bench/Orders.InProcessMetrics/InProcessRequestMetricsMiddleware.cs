using System.Diagnostics;

namespace Orders.InProcessMetrics;

/// <summary>Times each request from the start of the pipeline, as the app's access log middleware does, and records it.</summary>
public sealed class InProcessRequestMetricsMiddleware(RequestDelegate next, InProcessRequestMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            metrics.Record(context.Request.Method, context.GetEndpoint(), context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }
}
