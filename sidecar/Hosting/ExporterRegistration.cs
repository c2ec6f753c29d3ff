using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orders.Exporter.Options;
using Prometheus;

namespace Orders.Exporter.Hosting;

/// <summary>Registers the exporter's options, registry and pipeline on any host builder.</summary>
public static class ExporterRegistration
{
    public static IHostApplicationBuilder AddExporter(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccessLogTailOptions>().BindConfiguration(AccessLogTailOptions.Section)
            .Validate(o => o.PollInterval >= TimeSpan.FromMilliseconds(10) && o.PollInterval <= TimeSpan.FromMinutes(10),
                "AccessLog:PollInterval must be between 00:00:00.010 and 00:10:00.")
            .Validate(o => o.StallAfter > o.PollInterval && o.StallAfter >= TimeSpan.FromSeconds(1),
                "AccessLog:StallAfter must be at least 00:00:01 and longer than AccessLog:PollInterval, or every poll interval would look like a stall.")
            .ValidateOnStart();
        services.AddOptions<ExporterOptions>().BindConfiguration(ExporterOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccessLogTailOptions>, AccessLogTailOptionsValidator>();
        services.AddSingleton<IValidateOptions<ExporterOptions>, ExporterOptionsValidator>();
        services.AddSingleton<IValidateOptions<ExporterOptions>, ExporterOptionsRules>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => Prometheus.Metrics.NewCustomRegistry());
        services.AddSingleton(provider => new ExporterHealth(provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<AccessLogTailOptions>>().Value.StallAfter));
        services.AddSingleton(provider => ExporterPipeline.Create(
            provider.GetRequiredService<IOptions<AccessLogTailOptions>>().Value,
            provider.GetRequiredService<IOptions<ExporterOptions>>().Value,
            provider.GetRequiredService<CollectorRegistry>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>()));
        return builder;
    }
}
