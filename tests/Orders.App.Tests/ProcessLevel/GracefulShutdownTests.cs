using System.Net;
using System.Text.RegularExpressions;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.ProcessLevel;

/// <summary>SIGTERM on the real process: in-flight requests finish, every line is in the file, exit code 0.</summary>
[Trait("Category", "Process")]
public sealed partial class GracefulShutdownTests
{
    [Fact]
    public async Task Sigterm_lets_the_in_flight_request_finish_drains_the_access_log_and_exits_0()
    {
        // Given: the app on an ephemeral port, with a slow order in flight after 50 completed requests
        using var logs = new TempDirectory();
        await using var app = await ServiceProcess.StartAppAsync(
            $"--AccessLog:Directory={logs.Path}",
            "--Orders:ProcessingDelayMs=2000",
            "--Logging:LogLevel:Orders.App=Debug");
        using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        const int completed = 50;
        for (var i = 0; i < completed; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/?n={i}", UriKind.Relative))).StatusCode);
        }
        var inFlight = client.GetAsync(new Uri("/product", UriKind.Relative));
        await app.Process.WaitForOutputAsync(ProcessingLine(), TimeSpan.FromSeconds(30));

        // When
        await app.Process.SendSigtermAsync();

        // Then
        var slow = await inFlight;
        Assert.Equal(HttpStatusCode.OK, slow.StatusCode);
        Assert.Equal("Order placed!", await slow.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.Process.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var lines = AccessLogFiles.EntryLines(logs.Path);
        Assert.Equal(completed + 1, lines.Length);
        Assert.Equal(completed, lines.Count(line => line.Contains(" GET / ?n=", StringComparison.Ordinal) && line.Contains(" 200 ", StringComparison.Ordinal)));
        Assert.Single(lines, line => line.Contains(" GET /product - 200 ", StringComparison.Ordinal));
        Assert.Contains("Application is shutting down", app.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex("Processing an order")]
    private static partial Regex ProcessingLine();
}
