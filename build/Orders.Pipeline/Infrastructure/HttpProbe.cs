namespace Orders.Pipeline.Infrastructure;

/// <summary>Waits for a started process to answer on a URL: polls with a deadline (the process is real,
/// no event tells when it is ready) and fails early, with its log, if it exits instead.</summary>
public static class HttpProbe
{
    public static async Task WaitReadyAsync(HttpClient http, Uri url, ManagedProcess process, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        string last = "no answer yet";
        while (DateTimeOffset.UtcNow < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} exited before answering {url}. Its log ({process.LogPath}) ends with:\n{process.Tail()}");
            }
            try
            {
                using var response = await http.GetAsync(url, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
                last = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                last = e.Message;
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException($"{process.Name} did not answer {url} within {timeout.TotalSeconds:0} s (last: {last}). Its log ({process.LogPath}) ends with:\n{process.Tail()}");
    }
}
