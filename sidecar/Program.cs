using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Orders.Exporter.Hosting;

// The exporter sidecar: follow the access log, serve /metrics. With --one-shot: read everything, print the
// metrics, exit. Composition only; the work is in Tailing/, Parsing/, Metrics/, Pipeline/ and Hosting/.
var oneShot = args.Contains("--one-shot");
args = [.. args.Where(a => a != "--one-shot")];

try
{
    var builder = Host.CreateApplicationBuilder(args);
    builder.AddExporter();
    if (oneShot)
    {
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace); // stdout is the metrics
        using var oneShotHost = builder.Build();
        return await OneShotRunner.RunAsync(oneShotHost);
    }

    builder.Services.AddHostedService<ExporterService>();
    builder.Services.AddHostedService<ExporterHttpServer>();
    using var host = builder.Build();
    await host.RunAsync();
    return 0;
}
catch (OptionsValidationException e)
{
    await Console.Error.WriteLineAsync($"Invalid configuration: {string.Join(" ", e.Failures)} Fix appsettings.json or the environment (AccessLog__Path, ...).");
    return 2;
}
