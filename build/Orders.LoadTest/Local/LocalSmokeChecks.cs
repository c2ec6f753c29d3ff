using Orders.LoadTest.Prometheus;

namespace Orders.LoadTest.Local;

/// <summary>
/// The Smoke target's HTTP checks, run against the local processes: the app answers GET / with its welcome
/// page and GET /product with 200, the exporter serves product_order_total, and Prometheus has scraped it
/// (non-empty <c>product_order_total{namespace=…}</c>). Each prints what it saw; a failure says what broke.
/// Mirrors build/smoke/SmokeChecks.cake, which cannot run inside this process's lifetime.
/// </summary>
public sealed class LocalSmokeChecks(HttpClient http, TextWriter output)
{
    public async Task RunAsync(LocalOptions options, string @namespace, CancellationToken cancellationToken)
    {
        await ExpectAsync(new Uri(options.AppUrl, "/"), body => body.Contains("Welcome", StringComparison.Ordinal),
            "the app answered but not with its welcome page: is something else on --app-port?", cancellationToken).ConfigureAwait(false);
        await ExpectAsync(new Uri(options.AppUrl, "/product"), _ => true,
            "the order endpoint fails: see artifacts/local/logs/app.log", cancellationToken).ConfigureAwait(false);
        await ExpectAsync(new Uri(options.ExporterUrl, "/metrics"), body => body.Contains("product_order_total", StringComparison.Ordinal),
            "the exporter does not publish product_order_total: see artifacts/local/logs/exporter.log", cancellationToken).ConfigureAwait(false);

        var query = $"product_order_total{{namespace=\"{@namespace}\"}}";
        using var prometheusHttp = new HttpClient { BaseAddress = options.PrometheusUrl, Timeout = TimeSpan.FromSeconds(5) };
        var prometheus = new PrometheusClient(prometheusHttp);
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var result = await prometheus.QueryAsync(query, null, cancellationToken).ConfigureAwait(false);
            if (!result.IsEmpty)
            {
                output.WriteLine($"OK   Prometheus {query}: {result.Samples.Count} series, value {result.Samples[0].Value}");
                return;
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException(
                    $"FAIL Prometheus {query} is still empty after 30 s. Likely cause: Prometheus does not scrape the exporter (see {options.PrometheusUrl}targets and artifacts/local/logs/prometheus.log).");
            }
            // Polling: Prometheus's first scrape comes about 5 s after it starts, and nothing signals it.
            await Task.Delay(500, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ExpectAsync(Uri url, Func<string, bool> check, string likelyCause, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var saw = $"HTTP {(int)response.StatusCode}, {body.Length} bytes";
        if (!response.IsSuccessStatusCode || !check(body))
        {
            throw new InvalidOperationException($"FAIL GET {url}: saw {saw}. Likely cause: {likelyCause}.");
        }
        output.WriteLine($"OK   GET {url}: {saw}");
    }
}
