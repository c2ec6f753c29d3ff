using System.Globalization;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.AccessLog;

public sealed class ConcurrentRequestsTests
{
    [Fact]
    public async Task Two_thousand_concurrent_requests_give_exactly_two_thousand_lines_each_once()
    {
        // Given: a warmed-up app (2,000 cold first requests spend seconds in JIT and lazy initialisation),
        // with small files so that the lines also cross several rolls
        using var logs = new TempDirectory();
        var app = new OrdersAppFactory(logs.Path, new Dictionary<string, string?>
        {
            ["AccessLog:FileSizeLimitBytes"] = "20000",
            ["AccessLog:RetainedFileCountLimit"] = "1000",
        });
        const int requests = 2_000;

        // When
        using (var client = app.CreateClient())
        {
            Assert.True((await client.GetAsync(new Uri("/?warm-up", UriKind.Relative))).IsSuccessStatusCode);
            var responses = await Task.WhenAll(Enumerable.Range(0, requests)
                .Select(i => client.GetAsync(new Uri($"/?n={i}", UriKind.Relative))));
            Assert.All(responses, response => Assert.True(response.IsSuccessStatusCode));
        }
        await app.DisposeAsync();

        // Then
        Assert.True(AccessLogFiles.Paths(logs.Path).Length > 1, "Expected the lines to span several files.");
        var lines = AccessLogFiles.EntryLines(logs.Path).Where(line => !line.Contains("?warm-up", StringComparison.Ordinal)).ToArray();
        Assert.Equal(requests, lines.Length);
        var numbers = lines.Select(line => int.Parse(line.Split(' ')[5].AsSpan("?n=".Length), CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(0, requests), numbers.Order());
    }
}
