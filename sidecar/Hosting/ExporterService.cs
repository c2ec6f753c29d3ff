using Microsoft.Extensions.Hosting;

namespace Orders.Exporter.Hosting;

/// <summary>The pipeline's run as a hosted service: started with the host, stopped (gracefully) on SIGTERM.</summary>
public sealed class ExporterService(ExporterPipeline pipeline, ExporterHealth health) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => pipeline.RunAsync(health, stoppingToken);
}
