using System.Net.Http;

// The HTTP half of the smoke test: the app answers and Prometheus has its order counter. It needs only two
// URLs, so Smoke runs it against a cluster (through port-forwards) and the Local target against processes
// on this machine. Each check prints what it asked and what it saw; a failure says what most likely broke.
public sealed class SmokeChecks : IDisposable
{
    private readonly ICakeContext _context;
    private readonly HttpClient _http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

    public SmokeChecks(ICakeContext context)
    {
        _context = context;
    }

    /// <summary>GET / is 200 with "Welcome"; GET /product is 200 (which also records one order).</summary>
    public void CheckApp(Uri appUrl)
    {
        var root = Get(new Uri(appUrl, "/"), "the app is not running or not reachable at that URL (pod not ready, port-forward gone, or a wrong --app-url)");
        Expect(root.Status == 200 && root.Body.Contains("Welcome"), $"GET {root.Url}", root,
            "the app answered but not with its welcome page: is that URL the orders app?");
        var product = Get(new Uri(appUrl, "/product"), "the app stopped answering between two requests (crash or restart: check its logs)");
        Expect(product.Status == 200, $"GET {product.Url}", product,
            "the order endpoint fails: check the app's logs (kubectl logs deployment/orders -c app)");
    }

    /// <summary>Prometheus returns a non-empty product_order_total for the namespace within <paramref name="within"/>.</summary>
    public void CheckOrdersInPrometheus(Uri prometheusUrl, string @namespace, TimeSpan within)
    {
        var query = $"product_order_total{{namespace=\"{@namespace}\"}}";
        var url = new Uri(prometheusUrl, "api/v1/query?query=" + Uri.EscapeDataString(query));
        var deadline = DateTime.UtcNow + within;
        var polls = 0;
        while (true)
        {
            polls++;
            var response = Get(url, "Prometheus is not running or not reachable at that URL (a wrong --prometheus-url, or the prometheus-server pod is not ready)");
            var series = response.Status == 200 ? CountSeries(response.Body) : -1;
            if (series > 0)
            {
                _context.Information($"OK   Prometheus {query}: {series} series after {polls} quer{(polls == 1 ? "y" : "ies")}");
                return;
            }
            if (DateTime.UtcNow >= deadline)
            {
                throw new CakeException($"FAIL Prometheus {query}: still {(series < 0 ? $"HTTP {response.Status}" : "empty")} after {within.TotalSeconds:0} s ({polls} queries). "
                    + "Likely cause: Prometheus does not scrape the exporter (check Status > Targets for the orders pods and their prometheus.io/scrape annotations), "
                    + "or the exporter does not count the access log (curl its :9181/metrics and look for product_order_total).");
            }
            System.Threading.Thread.Sleep(TimeSpan.FromSeconds(1));
        }
    }

    public void Dispose() => _http.Dispose();

    private HttpResult Get(Uri url, string likelyCauseIfUnreachable)
    {
        try
        {
            using var response = _http.Send(new HttpRequestMessage(HttpMethod.Get, url));
            var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            return new HttpResult(url, (int)response.StatusCode, body);
        }
        catch (Exception e) when (e is HttpRequestException || e is TaskCanceledException)
        {
            throw new CakeException($"FAIL GET {url}: no answer ({e.Message}). Likely cause: {likelyCauseIfUnreachable}.");
        }
    }

    private void Expect(bool ok, string check, HttpResult seen, string likelyCause)
    {
        var saw = $"HTTP {seen.Status}, \"{Shorten(seen.Body)}\"";
        if (!ok)
        {
            throw new CakeException($"FAIL {check}: saw {saw}. Likely cause: {likelyCause}.");
        }
        _context.Information($"OK   {check}: {saw}");
    }

    private static int CountSeries(string body)
    {
        using var document = System.Text.Json.JsonDocument.Parse(body);
        return document.RootElement.GetProperty("data").GetProperty("result").GetArrayLength();
    }

    private static string Shorten(string text) => text.Length <= 60 ? text.Trim() : text.Substring(0, 60).Trim() + "...";
}
