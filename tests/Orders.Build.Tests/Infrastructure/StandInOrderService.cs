using System.Net;
using System.Text;

namespace Orders.Build.Tests.Infrastructure;

/// <summary>
/// The app and its exporter as Smoke sees them, served in-process on 127.0.0.1: the app answers GET /
/// ("Welcome ...") and GET /product ("Order placed!"), the exporter serves product_order_total (from 0, as
/// the real exporter does) counting those orders. Stands in until the real app and exporter are on main.
/// </summary>
public sealed class StandInOrderService : IDisposable
{
    private readonly HttpListener _app = new();
    private readonly HttpListener _exporter = new();
    private int _orders;

    public StandInOrderService()
    {
        AppUrl = Listen(_app, HandleApp);
        MetricsUrl = Listen(_exporter, HandleExporter);
    }

    public Uri AppUrl { get; }

    /// <summary>host:port of the exporter, for a Prometheus static target.</summary>
    public Uri MetricsUrl { get; }

    public void Dispose()
    {
        _app.Close();
        _exporter.Close();
    }

    private static Uri Listen(HttpListener listener, Func<HttpListenerRequest, (int Status, string Body)> handle)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        listener.Prefixes.Add(url.ToString());
        listener.Start();
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return; // closed by Dispose
                }
                var (status, body) = handle(context.Request);
                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.StatusCode = status;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        });
        return url;
    }

    private (int, string) HandleApp(HttpListenerRequest request) => request.Url!.AbsolutePath switch
    {
        "/" => (200, "Welcome to the orders service"),
        "/product" => (200, Interlocked.Increment(ref _orders) > 0 ? "Order placed!" : ""),
        _ => (404, "not found"),
    };

    private (int, string) HandleExporter(HttpListenerRequest request) => request.Url!.AbsolutePath == "/metrics"
        ? (200, $"# HELP product_order_total Orders placed.\n# TYPE product_order_total counter\nproduct_order_total {Volatile.Read(ref _orders)}\n")
        : (404, "not found");
}
