using Prometheus;

namespace Orders.InProcessMetrics;

/// <summary>Registers the in-process request metrics and serves them on GET /metrics, as a scrape would read them.</summary>
public static class InProcessMetricsExtensions
{
    /// <summary>The section the exporter reads its buckets from, so one list (k8s/base/deployment.yaml) sets both.</summary>
    public const string DurationBucketsKey = "Exporter:DurationBuckets";

    public static IHostApplicationBuilder AddInProcessRequestMetrics(this IHostApplicationBuilder builder)
    {
        var buckets = builder.Configuration.GetSection(DurationBucketsKey).Get<double[]>();
        // A registry of its own: prometheus-net's default one also starts EventCounter and Meter listeners, which
        // cost CPU on every request; the exporter publishes no such series either, so the two compare like for like.
        var registry = Metrics.NewCustomRegistry();
        builder.Services.AddSingleton<CollectorRegistry>(registry);
        builder.Services.AddSingleton(new InProcessRequestMetrics(Metrics.WithCustomRegistry(registry), buckets));
        return builder;
    }

    public static IApplicationBuilder UseInProcessRequestMetrics(this IApplicationBuilder app) =>
        app.UseMiddleware<InProcessRequestMetricsMiddleware>();

    public static IEndpointRouteBuilder MapInProcessMetrics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics", async (HttpContext context, CollectorRegistry registry) =>
        {
            context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            await registry.CollectAndExportAsTextAsync(context.Response.Body, context.RequestAborted);
        });
        return app;
    }
}
