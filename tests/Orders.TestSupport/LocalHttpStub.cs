using System.Net;
using System.Text;

namespace Orders.TestSupport;

/// <summary>
/// An HTTP server on 127.0.0.1 (a free port) that answers every request with what <c>answer</c> returns for it:
/// the one loop behind the tests' stand-ins for an exporter's /metrics and for a Prometheus. It counts the
/// requests it answered; Dispose stops it and waits for its loop.
/// </summary>
public sealed class LocalHttpStub : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerRequest, (int Status, string ContentType, string Body)> _answer;
    private readonly Task _serving;
    private int _requests;

    public LocalHttpStub(Func<HttpListenerRequest, (int Status, string ContentType, string Body)> answer)
    {
        _answer = answer;
        Port = FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    public int Requests => Volatile.Read(ref _requests);

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
            Interlocked.Increment(ref _requests);
            var (status, contentType, body) = _answer(context.Request);
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.ContentLength64 = bytes.Length;
            try
            {
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
            catch (HttpListenerException)
            {
                // The client gave up (a scrape timeout): nothing to answer.
            }
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(10));
    }
}
