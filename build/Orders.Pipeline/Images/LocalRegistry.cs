using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Images;

/// <summary>
/// A registry of this run's own on 127.0.0.1 (Debian's docker-registry, the CNCF Distribution server), with its
/// storage under the run's folder, so a push and a pull go through a real registry without any outside one.
/// Disposing it stops it.
/// </summary>
public sealed class LocalRegistry : IAsyncDisposable
{
    private readonly IRunningTool _process;

    private LocalRegistry(IRunningTool process, string address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>host:port, as an image reference's registry part.</summary>
    public string Address { get; }

    public static async Task<LocalRegistry> StartAsync(IProcessRunner runner, HttpClient http, string directory, int port, TextWriter output, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var config = Path.Combine(directory, "config.yml");
        await File.WriteAllTextAsync(config, $"""
            version: 0.1
            log:
              level: warn
            storage:
              filesystem:
                rootdirectory: {Path.Combine(directory, "data")}
              delete:
                enabled: true
            http:
              addr: 127.0.0.1:{port}
            """, cancellationToken);
        var address = $"127.0.0.1:{port}";
        var process = runner.Start(new ToolCall("docker-registry", ["serve", config], TimeSpan.Zero), line => output.WriteLine("registry: " + line));
        var registry = new LocalRegistry(process, address);
        try
        {
            await WaitUntilServingAsync(http, new Uri($"http://{address}/v2/"), process, cancellationToken);
            return registry;
        }
        catch
        {
            await registry.DisposeAsync();
            throw;
        }
    }

    // The registry gives no signal when it listens: ask its API until it answers, a few seconds at most.
    private static async Task WaitUntilServingAsync(HttpClient http, Uri api, IRunningTool process, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("docker-registry exited at start: its lines above say why (a busy port?).");
            }
            try
            {
                using var response = await http.GetAsync(api, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
        throw new TimeoutException($"docker-registry did not answer {api} within 30 s.");
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
