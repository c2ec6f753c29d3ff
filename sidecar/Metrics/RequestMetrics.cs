using Orders.Exporter.Parsing;
using Prometheus;

namespace Orders.Exporter.Metrics;

/// <summary>
/// Records each request of the access log. Publishes:
/// <list type="bullet">
/// <item>http_requests_total{method,path,status} (counter)</item>
/// <item>http_request_duration_seconds{method,path} (histogram, from time-taken)</item>
/// <item>product_order_total (counter; the KEDA query's metric: GET /product with 2xx, POST /orders with 201)</item>
/// </list>
/// Label children are cached in arrays indexed by (method, route, status) slot, so the hot path is two array
/// reads and an interlocked add, no dictionary of label strings. Series appear at 0 before the first request
/// for: product_order_total; GET on every route with 200; POST /orders with 201 — so the first increment of
/// the common series is visible to rate() instead of being taken as the series' start.
/// </summary>
public sealed class RequestMetrics : IEntrySink
{
    private readonly RouteTable _routes;
    private readonly Counter _requests;
    private readonly Histogram _durations;
    private readonly Counter _orders;
    private readonly Counter.Child?[] _requestChildren;
    private readonly Histogram.Child?[] _durationChildren;
    private readonly int _productRoute;
    private readonly int _ordersRoute;

    /// <summary>prometheus-net's default buckets, stated so that a checkpoint can tell whether they changed.</summary>
    public static readonly double[] DefaultDurationBuckets = [.005, .01, .025, .05, .075, .1, .25, .5, .75, 1, 2.5, 5, 7.5, 10];

    public RequestMetrics(MetricsCatalog metrics, RouteTable routes, double[]? durationBuckets)
    {
        _routes = routes;
        _requests = metrics.Counter("http_requests_total", "HTTP requests served, from the access log.", MetricLabels.Request);
        _durations = metrics.Histogram("http_request_duration_seconds",
            "Time taken to serve HTTP requests (time-taken of the access log), in seconds.",
            // Buckets from Exporter:DurationBuckets, the same in every pod so histogram_quantile can sum them.
            MetricLabels.Duration, durationBuckets ?? DefaultDurationBuckets);
        _orders = metrics.Counter("product_order_total", "Orders placed: GET /product answered 2xx and POST /orders answered 201.");
        _requestChildren = new Counter.Child?[HttpMethodLabels.Count * routes.Labels.Count * StatusLabels.Count];
        _durationChildren = new Histogram.Child?[HttpMethodLabels.Count * routes.Labels.Count];
        _productRoute = routes.IndexOf("/product");
        _ordersRoute = routes.IndexOf("/orders");
        PublishKnownSeries();
    }

    public void Record(in AccessLogEntry entry)
    {
        var method = HttpMethodLabels.Classify(entry.Method);
        var route = _routes.Match(entry.UriStem);
        var pair = method * _routes.Labels.Count + route;
        var statusSlot = StatusLabels.Slot(entry.Status);
        (_requestChildren[pair * StatusLabels.Count + statusSlot] ?? RequestChild(method, route, statusSlot)).Inc();
        if (!double.IsNaN(entry.DurationSeconds))
        {
            (_durationChildren[pair] ?? DurationChild(method, route)).Observe(entry.DurationSeconds);
        }

        if (IsOrder(method, route, entry.Status))
        {
            _orders.Inc();
        }
    }

    private bool IsOrder(int method, int route, int status) =>
        (route == _productRoute && method == HttpMethodLabels.Get && status is >= 200 and <= 299)
        || (route == _ordersRoute && method == HttpMethodLabels.Post && status == 201);

    private void PublishKnownSeries()
    {
        for (var route = 0; route < _routes.OtherIndex; route++)
        {
            RequestChild(HttpMethodLabels.Get, route, StatusLabels.Slot(200));
            DurationChild(HttpMethodLabels.Get, route);
        }
        if (_ordersRoute >= 0)
        {
            RequestChild(HttpMethodLabels.Post, _ordersRoute, StatusLabels.Slot(201));
            DurationChild(HttpMethodLabels.Post, _ordersRoute);
        }
    }

    private Counter.Child RequestChild(int method, int route, int statusSlot)
    {
        var child = _requests.WithLabels(HttpMethodLabels.Labels[method], _routes.Labels[route], StatusLabels.Label(statusSlot));
        return _requestChildren[(method * _routes.Labels.Count + route) * StatusLabels.Count + statusSlot] = child;
    }

    private Histogram.Child DurationChild(int method, int route)
    {
        var child = _durations.WithLabels(HttpMethodLabels.Labels[method], _routes.Labels[route]);
        return _durationChildren[method * _routes.Labels.Count + route] = child;
    }
}
