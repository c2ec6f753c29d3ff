using System.Net;
using System.Text;

namespace Orders.K8s.Tests.RealPrometheus;

/// <summary>
/// A /metrics endpoint on 127.0.0.1 serving what <c>body</c> returns at the moment of each scrape, in the
/// Prometheus text format. Stands in for the exporter and for the impostors of the signal test.
/// </summary>
public sealed class MetricsStub : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<string> _body;
    private readonly Task _serving;
    private int _scrapes;

    public MetricsStub(Func<string> body)
    {
        _body = body;
        Port = FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    public int Scrapes => Volatile.Read(ref _scrapes);

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            Interlocked.Increment(ref _scrapes);
            var bytes = Encoding.UTF8.GetBytes(_body());
            context.Response.ContentType = "text/plain; version=0.0.4";
            context.Response.ContentLength64 = bytes.Length;
            try
            {
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
            catch (HttpListenerException)
            {
                // The scraper gave up (timeout): nothing to answer.
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }
}
