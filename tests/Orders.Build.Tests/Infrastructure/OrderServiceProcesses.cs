using System.Diagnostics;

namespace Orders.Build.Tests.Infrastructure;

/// <summary>
/// The real app and exporter as local processes (the builds of app/ and sidecar/ next to this test's own, which
/// the project references make sure exist): the app on 127.0.0.1 writing its W3C access log into a temp folder,
/// the exporter tailing that folder and serving /metrics. Both are killed, process tree and all, on dispose.
/// </summary>
public sealed class OrderServiceProcesses : IDisposable
{
    private readonly TempDirectory _directory = new("orders-service");
    private readonly List<Process> _processes = [];

    private OrderServiceProcesses()
    {
        AppUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        MetricsUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
    }

    public Uri AppUrl { get; }

    public Uri MetricsUrl { get; }

    public static async Task<OrderServiceProcesses> StartAsync()
    {
        var service = new OrderServiceProcesses();
        try
        {
            var logs = service._directory.Combine("logs");
            Directory.CreateDirectory(logs);
            service.Start("Orders.App", $"--urls={service.AppUrl}", $"--AccessLog:Directory={logs}");
            service.Start("Orders.Exporter", $"--AccessLog:Path={logs}", "--Exporter:Host=127.0.0.1", $"--Exporter:Port={service.MetricsUrl.Port}");
            await WaitForAsync(new Uri(service.AppUrl, "/readyz"), TimeSpan.FromSeconds(60));
            await WaitForAsync(new Uri(service.MetricsUrl, "/readyz"), TimeSpan.FromSeconds(60));
            return service;
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
                // Already exited.
            }
            process.Dispose();
        }
        _directory.Dispose();
    }

    // The test's own output folder is artifacts/bin/Orders.Build.Tests/<configuration>/; the app's, the
    // exporter's and Orders.Pipeline's are its siblings under artifacts/bin/ (UseArtifactsOutput).
    public static string BuiltAssembly(string project)
    {
        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(own.Parent!.Parent!.FullName, project, own.Name, project + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: build the solution (./build.sh --target=Build) first.", path);
    }

    private void Start(string project, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(BuiltAssembly(project));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{project} did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
    }

    private static async Task WaitForAsync(Uri url, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        throw new TimeoutException($"{url} did not answer 2xx within {timeout}.");
    }
}
