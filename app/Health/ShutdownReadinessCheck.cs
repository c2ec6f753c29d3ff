using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Orders.App.Health;

/// <summary>
/// Ready until shutdown begins. From the moment the host is asked to stop (SIGTERM), /readyz answers 503 so
/// that Kubernetes takes the pod out of the Service's endpoints while in-flight requests finish.
/// </summary>
public sealed class ShutdownReadinessCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public const string Name = "not-shutting-down";
    private static readonly Task<HealthCheckResult> Ready = Task.FromResult(HealthCheckResult.Healthy());
    private static readonly Task<HealthCheckResult> ShuttingDown = Task.FromResult(HealthCheckResult.Unhealthy("Shutting down."));

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        lifetime.ApplicationStopping.IsCancellationRequested ? ShuttingDown : Ready;
}
