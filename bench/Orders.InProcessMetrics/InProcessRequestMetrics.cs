using System.Collections.Concurrent;
using System.Globalization;
using Prometheus;

namespace Orders.InProcessMetrics;

/// <summary>
/// The exporter's request metrics (sidecar/Metrics/RequestMetrics.cs), recorded in the process instead of from the
/// access log: the same names, label names, buckets and order rule. Publishes:
/// <list type="bullet">
/// <item>http_requests_total{method,path,status} (counter)</item>
/// <item>http_request_duration_seconds{method,path} (histogram, Exporter:DurationBuckets or prometheus-net's defaults)</item>
/// <item>product_order_total (counter: GET /product answered 2xx and POST /orders answered 201)</item>
/// </list>
/// The path label is the matched endpoint's route template without constraints ("/orders/{id}"), "other" when no
/// endpoint matched: the exporter's route table gives the same values for the app's routes.
/// </summary>
public sealed class InProcessRequestMetrics
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "TRACE", "CONNECT"];
    private static readonly string[] StatusLabels = [.. Enumerable.Range(0, 600).Select(code => code.ToString(CultureInfo.InvariantCulture))];

    private readonly Counter _requests;
    private readonly Histogram _durations;
    private readonly Counter _orders;
    private readonly ConcurrentDictionary<Endpoint, string> _pathLabels = new();

    public InProcessRequestMetrics(IMetricFactory metrics, double[]? durationBuckets)
    {
        _requests = metrics.CreateCounter("http_requests_total", "HTTP requests served.", ["method", "path", "status"]);
        _durations = metrics.CreateHistogram("http_request_duration_seconds", "Time taken to serve HTTP requests, in seconds.",
            ["method", "path"], new HistogramConfiguration { Buckets = durationBuckets /* null: prometheus-net's defaults */ });
        _orders = metrics.CreateCounter("product_order_total", "Orders placed: GET /product answered 2xx and POST /orders answered 201.");
    }

    public void Record(string method, Endpoint? endpoint, int status, double seconds)
    {
        var methodLabel = Array.Find(Methods, known => known == method) ?? "OTHER";
        var path = endpoint is null ? "other" : _pathLabels.GetOrAdd(endpoint, PathLabel);
        var statusLabel = status is >= 100 and <= 599 ? StatusLabels[status] : "invalid";
        _requests.WithLabels(methodLabel, path, statusLabel).Inc();
        _durations.WithLabels(methodLabel, path).Observe(seconds);
        if ((path == "/product" && methodLabel == "GET" && status is >= 200 and <= 299)
            || (path == "/orders" && methodLabel == "POST" && status == 201))
        {
            _orders.Inc();
        }
    }

    // "/orders/{id:guid}" -> "/orders/{id}", "/orders/" -> "/orders": the exporter's templates.
    private static string PathLabel(Endpoint endpoint)
    {
        if (endpoint is not RouteEndpoint route || route.RoutePattern.RawText is not { } raw)
        {
            return "other";
        }

        var segments = raw.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => segment.StartsWith('{') && segment.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
                ? segment[..colon] + "}"
                : segment);
        return "/" + string.Join('/', segments);
    }
}
