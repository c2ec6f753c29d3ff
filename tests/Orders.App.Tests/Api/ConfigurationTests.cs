using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Orders.App.AccessLog;
using Orders.App.Orders;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.Api;

public sealed class ConfigurationTests
{
    [Fact]
    public void Appsettings_json_mirrors_every_option_and_its_default()
    {
        using var appsettings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "app", "appsettings.json")));

        AssertMirrors(appsettings.RootElement.GetProperty(AccessLogWriterOptions.SectionName), new AccessLogWriterOptions());
        AssertMirrors(appsettings.RootElement.GetProperty(OrderOptions.SectionName), new OrderOptions());
    }

    [Theory]
    [InlineData("AccessLog:FileSizeLimitBytes", "0", "FileSizeLimitBytes")]
    [InlineData("AccessLog:RetainedFileCountLimit", "0", "RetainedFileCountLimit")]
    [InlineData("AccessLog:Directory", "", "Directory")]
    [InlineData("Orders:ProcessingDelayMs", "-1", "ProcessingDelayMs")]
    public void An_invalid_setting_stops_the_app_at_startup_naming_it(string key, string value, string named)
    {
        using var logs = new TempDirectory();
        using var app = new OrdersAppFactory(logs.Path, new Dictionary<string, string?> { [key] = value });

        var thrown = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        // A setting read while the pipeline is built fails Main itself, and CreateClient rethrows that. One read
        // only when the host starts fails app.Run(), which disposes the host, and CreateClient may then throw
        // ObjectDisposedException instead (see StartupFailureLog): the reason is in the host's log.
        var reasons = app.StartupFailures.Exceptions.Append(thrown).Select(e => e.GetBaseException());
        var validation = reasons.OfType<OptionsValidationException>().FirstOrDefault();
        Assert.True(validation is not null, $"The app did not stop for an invalid setting; CreateClient threw {thrown}");
        Assert.Contains(named, validation.Message, StringComparison.Ordinal);
    }

    private static void AssertMirrors<TOptions>(JsonElement section, TOptions defaults)
    {
        var properties = typeof(TOptions).GetProperties();
        Assert.Equal(properties.Select(p => p.Name).Order(), section.EnumerateObject().Select(p => p.Name).Order());
        foreach (var property in properties)
        {
            var json = section.GetProperty(property.Name);
            var expected = Convert.ToString(property.GetValue(defaults), CultureInfo.InvariantCulture);
            var actual = json.ValueKind == JsonValueKind.String ? json.GetString() : json.GetRawText();
            Assert.True(string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase),
                $"appsettings.json has {property.Name} = {actual}, the code's default is {expected}: make them agree.");
        }
    }
}
