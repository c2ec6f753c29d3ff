using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Orders.Exporter.Hosting;
using Orders.Exporter.Options;

// The exporter sidecar: follow the access log, serve /metrics. With --one-shot: read everything, print the
// metrics, exit. Composition only; the work is in Tailing/, Parsing/, Metrics/, Pipeline/ and Hosting/.
var oneShot = args.Contains("--one-shot");
args = [.. args.Where(a => a != "--one-shot")];

try
{
    if (oneShot)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace); // stdout is the metrics
        builder.AddExporter();
        using var host = builder.Build();
        return await OneShotRunner.RunAsync(host);
    }

    var web = WebApplication.CreateSlimBuilder(args);
    web.AddExporter();
    web.Services.AddHostedService<ExporterService>();
    var exporter = web.Configuration.GetSection(ExporterOptions.Section).Get<ExporterOptions>() ?? new ExporterOptions();
    web.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(ListenAddress.Parse(exporter.Host), exporter.Port));
    var app = web.Build();
    app.MapExporterEndpoints();
    await app.StartAsync();
    foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        app.Logger.LogInformation("Serving /metrics, /healthz and /readyz on {Address}", address);
    await app.WaitForShutdownAsync();
    return 0;
}
catch (OptionsValidationException e)
{
    await Console.Error.WriteLineAsync($"Invalid configuration: {string.Join(" ", e.Failures)} Fix appsettings.json or the environment (AccessLog__Path, ...).");
    return 2;
}
