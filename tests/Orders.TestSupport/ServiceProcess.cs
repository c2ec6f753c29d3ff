using System.Text.RegularExpressions;

namespace Orders.TestSupport;

/// <summary>
/// The order app or the exporter as built, running as a process on 127.0.0.1 and a port the OS chose (port 0,
/// read back from the line each prints when it listens: no race for a port). Disposing kills it.
/// </summary>
public sealed partial class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    // A bound, not a measurement: on a machine shared by many builds one request can wait seconds for a core.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private ServiceProcess(ChildProcess process, Uri baseAddress)
    {
        Process = process;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = RequestTimeout };
    }

    public ChildProcess Process { get; }

    public Uri BaseAddress { get; }

    /// <summary>A client for this service (base address set, at most 30 s per request).</summary>
    public HttpClient Http { get; }

    public string Output => Process.Output;

    /// <summary>Orders.App with these extra arguments, once Kestrel says it listens.</summary>
    public static Task<ServiceProcess> StartAppAsync(params string[] arguments) =>
        StartAsync(ChildProcess.StartDll(BuiltAssembly.PathOf("Orders.App"), ["--urls", "http://127.0.0.1:0", .. arguments]), KestrelListening());

    /// <summary>Orders.Exporter with these extra arguments, once it says where it serves /metrics.</summary>
    public static Task<ServiceProcess> StartExporterAsync(params string[] arguments) =>
        StartAsync(
            ChildProcess.StartDll(BuiltAssembly.PathOf("Orders.Exporter"), ["--Exporter:Host=127.0.0.1", "--Exporter:Port=0", .. arguments],
                new Dictionary<string, string?> { ["DOTNET_gcServer"] = "0" }),
            ExporterListening());

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Process.DisposeAsync();
    }

    private static async Task<ServiceProcess> StartAsync(ChildProcess process, Regex listening)
    {
        try
        {
            var match = await process.WaitForOutputAsync(listening, StartTimeout);
            return new ServiceProcess(process, new Uri(match.Groups["url"].Value));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://[^\s]+)")]
    private static partial Regex KestrelListening();

    [GeneratedRegex(@"(?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ExporterListening();
}
