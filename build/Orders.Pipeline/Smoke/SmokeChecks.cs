using System.Globalization;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Smoke;

/// <summary>
/// The Smoke checks, one implementation for the Smoke target on a cluster (<c>Orders.Pipeline smoke</c>,
/// through port-forwards) and for the Local run: GET / is 200 with the welcome page, GET /product is 200
/// (which also records one order), the exporter's /metrics has product_order_total when its URL is known,
/// and Prometheus returns a non-empty <c>product_order_total{namespace=…}</c> within the timeout. Each check
/// prints what it asked and what it saw; the first failure throws, naming the likely cause.
/// </summary>
public sealed class SmokeChecks(HttpClient http, TextWriter output, TimeProvider time)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public async Task RunAsync(SmokeOptions options, CancellationToken cancellationToken)
    {
        await CheckAppAsync(options, cancellationToken);
        if (options.ExporterUrl is { } exporter)
        {
            await ExpectAsync(new Uri(exporter, "/metrics"), body => body.Contains("product_order_total", StringComparison.Ordinal),
                "the exporter is not running or not reachable at that URL",
                $"the exporter does not publish product_order_total: is it tailing the app's access log? See {options.Hints.ExporterLogs}",
                cancellationToken);
        }
        await CheckPrometheusAsync(options, cancellationToken);
    }

    public async Task CheckAppAsync(SmokeOptions options, CancellationToken cancellationToken)
    {
        await ExpectAsync(new Uri(options.AppUrl, "/"), body => body.Contains("Welcome", StringComparison.Ordinal),
            "the app is not running or not reachable at that URL (pod not ready, port-forward gone, or a wrong --app-url)",
            "the app answered but not with its welcome page: is that URL the orders app?", cancellationToken);
        await ExpectAsync(new Uri(options.AppUrl, "/product"), _ => true,
            "the app stopped answering between two requests (crash or restart)",
            $"the order endpoint fails: see {options.Hints.AppLogs}", cancellationToken);
    }

    /// <summary>Polls with a deadline: nothing signals Prometheus's first scrape of the exporter.</summary>
    public async Task CheckPrometheusAsync(SmokeOptions options, CancellationToken cancellationToken)
    {
        var query = $"product_order_total{{namespace=\"{options.Namespace}\"}}";
        var prometheus = new PrometheusClient(http, options.PrometheusUrl);
        var deadline = time.GetUtcNow() + options.PrometheusTimeout;
        const string unreachable = "Prometheus is not running or not reachable at that URL (a wrong --prometheus-url, or the prometheus-server pod is not ready)";
        for (var polls = 1; ; polls++)
        {
            PrometheusQueryResult result;
            try
            {
                result = await prometheus.QueryAsync(query, null, cancellationToken);
            }
            catch (PrometheusQueryException e) when (e.NoAnswer)
            {
                throw new SmokeCheckException($"FAIL GET {e.Request}: no answer ({e.InnerException!.Message}). Likely cause: {unreachable}.", e);
            }
            catch (PrometheusQueryException e)
            {
                throw new SmokeCheckException($"FAIL Prometheus {query}: {e.Message}. Likely cause: that URL is not Prometheus's HTTP API (check --prometheus-url).", e);
            }
            if (!result.IsEmpty)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"OK   Prometheus {query}: {result.Samples.Count} series, value {result.Samples[0].Value} after {polls} quer{(polls == 1 ? "y" : "ies")}"));
                return;
            }
            if (time.GetUtcNow() >= deadline)
            {
                throw new SmokeCheckException(
                    $"FAIL Prometheus {query}: still empty after {options.PrometheusTimeout.TotalSeconds:0} s ({polls} queries). Likely cause: Prometheus does not scrape "
                    + $"the exporter (check {options.Hints.PrometheusTargets}), or the exporter does not count the access log (see {options.Hints.ExporterLogs}).");
            }
            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }

    private async Task ExpectAsync(Uri url, Func<string, bool> check, string likelyCauseIfUnreachable, string likelyCause, CancellationToken cancellationToken)
    {
        var (status, body) = await GetAsync(url, likelyCauseIfUnreachable, cancellationToken);
        var saw = $"HTTP {status}, \"{Shorten(body)}\"";
        if (status != 200 || !check(body))
        {
            throw new SmokeCheckException($"FAIL GET {url}: saw {saw}. Likely cause: {likelyCause}.");
        }
        output.WriteLine($"OK   GET {url}: {saw}");
    }

    private async Task<(int Status, string Body)> GetAsync(Uri url, string likelyCauseIfUnreachable, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SmokeCheckException($"FAIL GET {url}: no answer ({e.Message}). Likely cause: {likelyCauseIfUnreachable}.", e);
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text.Trim() : text[..60].Trim() + "...";
}
