using System.Net.Http.Json;

namespace Orders.Pipeline.Load;

/// <summary>Sends the load's requests with one pooled <see cref="HttpClient"/>. Connections are capped at
/// the engine's concurrency bound, so the pool never queues a request the engine has already counted as sent.</summary>
public sealed class HttpRequestSender : IRequestSender, IDisposable
{
    private readonly HttpClient _client;
    private readonly LoadEndpoint _endpoint;
    private readonly TimeSpan _timeout;

    public HttpRequestSender(Uri baseAddress, LoadEndpoint endpoint, int maxConnections, TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
        };
        _client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        _endpoint = endpoint;
        _timeout = timeout;
    }

    public async Task<RequestOutcome> SendAsync(CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(_timeout);
        try
        {
            using var request = new HttpRequestMessage(_endpoint.Method, _endpoint.Path);
            if (_endpoint.Method == HttpMethod.Post)
            {
                request.Content = JsonContent.Create(new { productId = "load-test", quantity = 1 });
            }
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token);
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

    public void Dispose() => _client.Dispose();
}
