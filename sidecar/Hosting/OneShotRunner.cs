using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Prometheus;

namespace Orders.Exporter.Hosting;

/// <summary>
/// --one-shot: read every file to its end through the same tailer, channel and processor as following, print
/// the metrics in Prometheus text format to stdout, and exit (the benchmark against mtail --one_shot).
/// </summary>
public static class OneShotRunner
{
    public static async Task<int> RunAsync(IHost host)
    {
        await host.Services.GetRequiredService<ExporterPipeline>().ReadToEndAsync();
        await using var stdout = Console.OpenStandardOutput();
        await host.Services.GetRequiredService<CollectorRegistry>().CollectAndExportAsTextAsync(stdout);
        return 0;
    }
}
