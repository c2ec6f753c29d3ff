using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Orders.App.Health;

namespace Orders.App.Extensions;

/// <summary>Kubernetes probes: /healthz (liveness: the process answers) and /readyz (readiness).</summary>
public static class ProbeExtensions
{
    private const string ReadinessTag = "ready";

    public static IHostApplicationBuilder AddProbes(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<ShutdownReadinessCheck>(ShutdownReadinessCheck.Name, tags: [ReadinessTag]);
        return builder;
    }

    public static IEndpointRouteBuilder MapProbes(this IEndpointRouteBuilder app)
    {
        // Liveness runs no check: restarting the pod because a dependency is slow would only make it worse.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadinessTag) });
        return app;
    }
}
