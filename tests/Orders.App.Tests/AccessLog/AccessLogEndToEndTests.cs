using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.AccessLog;

/// <summary>The access log as the app writes it in-process, with the clock pinned.</summary>
public sealed class AccessLogEndToEndTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 3, 9, 7, TimeSpan.Zero);
    private readonly TempDirectory _logs = new();

    [Fact]
    public async Task Logs_every_route_errors_included_with_headers_fields_and_escaping()
    {
        // Given
        var app = new OrdersAppFactory(_logs.Path, services: services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        using (var client = app.CreateClient())
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64) Foo Bar");

            // When
            await client.GetAsync(new Uri("/product?id=42&name=a%20b+c", UriKind.Relative));
            await client.GetAsync(new Uri("/nope", UriKind.Relative));
            await client.PostAsync("/orders", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
            await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        }
        await app.DisposeAsync();

        // Then
        var path = Assert.Single(AccessLogFiles.Paths(_logs.Path));
        Assert.Equal("access-20261128.0000.txt", Path.GetFileName(path));
        Assert.Equal(
            [
                "#Version: 1.0",
                "#Start-Date: 2026-11-28 03:09:07",
                "#Fields: date time c-ip cs-method cs-uri-stem cs-uri-query sc-status time-taken cs-version cs(User-Agent)",
                "2026-11-28 03:09:07 - GET /product ?id=42&name=a%20b+c 200 0 HTTP/1.1 Mozilla/5.0+(X11;+Linux+x86_64)+Foo+Bar",
                "2026-11-28 03:09:07 - GET /nope - 404 0 HTTP/1.1 Mozilla/5.0+(X11;+Linux+x86_64)+Foo+Bar",
                "2026-11-28 03:09:07 - POST /orders - 400 0 HTTP/1.1 Mozilla/5.0+(X11;+Linux+x86_64)+Foo+Bar",
                "2026-11-28 03:09:07 - GET /healthz - 200 0 HTTP/1.1 Mozilla/5.0+(X11;+Linux+x86_64)+Foo+Bar",
            ],
            File.ReadAllLines(path));
    }

    [Fact]
    public async Task A_line_reaches_the_file_while_the_app_keeps_running()
    {
        await using var app = new OrdersAppFactory(_logs.Path);
        using var client = app.CreateClient();

        await client.GetAsync(new Uri("/?while-running", UriKind.Relative));

        // Polling with a deadline: the writer runs on its own; no event of it is observable from outside.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!AccessLogFiles.EntryLines(_logs.Path).Any(line => line.Contains("?while-running", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, "The line did not reach the file within 10 s while the app ran.");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task Writes_nothing_when_disabled()
    {
        var app = new OrdersAppFactory(_logs.Path, new Dictionary<string, string?> { ["AccessLog:Enabled"] = "false" });
        using (var client = app.CreateClient())
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        }
        await app.DisposeAsync();

        Assert.Empty(Directory.GetFileSystemEntries(_logs.Path));
    }

    [Fact]
    public async Task Keeps_serving_and_stops_cleanly_when_the_log_cannot_be_written()
    {
        // Given: a "directory" that is a file, so that every attempt to write the log fails
        var notADirectory = Path.Combine(_logs.Path, "file");
        await File.WriteAllTextAsync(notADirectory, "");
        var app = new OrdersAppFactory(notADirectory);

        // When
        using (var client = app.CreateClient())
        {
            for (var i = 0; i < 3; i++)
            {
                // Then: requests are not held up by the log (its queue would fill if the writer had died)
                Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
            }
        }
        await app.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public void Dispose() => _logs.Dispose();
}
