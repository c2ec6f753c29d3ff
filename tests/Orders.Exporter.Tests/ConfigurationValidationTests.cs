using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orders.Exporter.Hosting;

namespace Orders.Exporter.Tests;

/// <summary>A configuration mistake ends in an OptionsValidationException naming the key and the fix (which
/// Program turns into "Invalid configuration ... Fix ..."), never in an ArgumentException from a DI factory
/// or a silent product_order_total of 0.</summary>
public sealed class ConfigurationValidationTests
{
    [Theory]
    [InlineData("Exporter:Routes:0", "/product", "Exporter:Routes:1", "/checkout", "lacks \"/orders\"")]
    [InlineData("Exporter:Routes:0", "/orders", "Exporter:Routes:1", "/orders/{id}", "lacks \"/product\"")]
    [InlineData("Exporter:Routes:0", "product", "Exporter:Routes:1", "/orders", "'product' must start with '/'")]
    [InlineData("Exporter:DurationBuckets:0", "0.5", "Exporter:DurationBuckets:1", "0.1", "Exporter:DurationBuckets[1] (0.1) is not greater")]
    [InlineData("Exporter:DurationBuckets:0", "0", "Exporter:DurationBuckets:1", "1", "Exporter:DurationBuckets[0] is 0")]
    [InlineData("Exporter:DurationBuckets:0", "-1", "Exporter:DurationBuckets:1", "1", "Exporter:DurationBuckets[0] is -1")]
    [InlineData("Exporter:MaxConnections", "16", "Exporter:MaxConnectionsPerAddress", "16", "Exporter:MaxConnectionsPerAddress (16) must be lower than Exporter:MaxConnections (16)")]
    [InlineData("Exporter:MaxConnections", "0", "Exporter:MaxConnectionsPerAddress", "1", "MaxConnections must be between 1 and 4096")]
    [InlineData("AccessLog:StallAfter", "00:00:00.200", "AccessLog:PollInterval", "00:00:00.250", "AccessLog:StallAfter must be")]
    public void Invalid_exporter_settings_fail_validation_with_the_key_and_the_fix(string key1, string value1, string key2, string value2, string expected)
    {
        using var host = Build(new() { [key1] = value1, [key2] = value2 });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<ExporterPipeline>());

        Assert.Contains(error.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Valid_custom_routes_and_buckets_build_the_pipeline()
    {
        using var host = Build(new()
        {
            ["Exporter:Routes:0"] = "/product",
            ["Exporter:Routes:1"] = "/orders",
            ["Exporter:DurationBuckets:0"] = "0.1",
            ["Exporter:DurationBuckets:1"] = "1",
        });

        using var pipeline = host.Services.GetRequiredService<ExporterPipeline>();

        Assert.NotNull(pipeline);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["AccessLog:Path"] = Path.GetTempPath() + "orders-config-test-none" });
        builder.AddExporter();
        return builder.Build();
    }
}
