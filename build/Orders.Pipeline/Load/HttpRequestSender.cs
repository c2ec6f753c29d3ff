using System.Net.Http.Json;

namespace Orders.Pipeline.Load;

/// <summary>Sends the load's requests through one pooled <see cref="SocketsHttpHandler"/>. Connections are capped at
/// the engine's concurrency bound, so the pool never queues a request the engine has already counted as sent.</summary>
public sealed class HttpRequestSender : IRequestSender, IDisposable
{
    private readonly HttpMessageInvoker _invoker;
    private readonly Uri _uri;
    private readonly LoadEndpoint _endpoint;
    private readonly TimeSpan _timeout;

    public HttpRequestSender(Uri baseAddress, LoadEndpoint endpoint, int maxConnections, TimeSpan timeout)
    {
        // The handler alone, without HttpClient's per-request linked cancellation source and timeout, and
        // without the redirect and tracing stages: the load calls one fixed URL, and each stage costs CPU on
        // every request (issue 16).
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
            AllowAutoRedirect = false,
            ActivityHeadersPropagator = null,
        };
        _invoker = new HttpMessageInvoker(handler);
        _uri = new Uri(baseAddress, endpoint.Path);
        _endpoint = endpoint;
        _timeout = timeout;
    }

    public async Task<RequestOutcome> SendAsync(CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(_timeout);
        try
        {
            using var request = new HttpRequestMessage(_endpoint.Method, _uri);
            if (_endpoint.Method == HttpMethod.Post)
            {
                request.Content = JsonContent.Create(new { productId = "load-test", quantity = 1 });
            }
            using var response = await _invoker.SendAsync(request, timeoutSource.Token);
            await response.Content.CopyToAsync(Stream.Null, timeoutSource.Token);
            return response.IsSuccessStatusCode ? RequestOutcome.Ok : RequestOutcome.HttpError;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return RequestOutcome.Timeout;
        }
        catch (HttpRequestException)
        {
            return RequestOutcome.Failed;
        }
    }

    public void Dispose() => _invoker.Dispose();
}
