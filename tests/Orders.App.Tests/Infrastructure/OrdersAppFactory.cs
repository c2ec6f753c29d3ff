using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Orders.App.Tests.Infrastructure;

/// <summary>
/// The app in-process, with its access log in a directory of the test's choosing (never the source tree),
/// no processing delay unless asked, and optionally services of the test's own (a pinned clock, a gate).
/// </summary>
public sealed class OrdersAppFactory(string logDirectory, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public string LogDirectory => logDirectory;

    /// <summary>What the host logged when it failed to start, whichever thread won the race to report it.</summary>
    public StartupFailureLog StartupFailures { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var values = new Dictionary<string, string?>
        {
            ["AccessLog:Directory"] = logDirectory,
            ["Orders:ProcessingDelayMs"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(values));
        builder.ConfigureLogging(logging => logging.AddProvider(StartupFailures));
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
