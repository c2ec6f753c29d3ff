using System.Diagnostics;

namespace Orders.Build.Tests.Infrastructure;

/// <summary>
/// A real Prometheus (the `prometheus` binary on PATH) on 127.0.0.1 scraping one target every second, with
/// the labels Prometheus's kubernetes-pods job gives a pod (namespace, pod, job), so the queries the
/// pipeline and KEDA run against a cluster work unchanged. Killed, process tree and all, on dispose.
/// </summary>
public sealed class PrometheusProcess : IDisposable
{
    private readonly TempDirectory _directory = new("orders-prometheus");
    private readonly Process _process;

    public PrometheusProcess(Uri target, string @namespace)
    {
        var config = _directory.Combine("prometheus.yml");
        File.WriteAllText(config, $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: kubernetes-pods
                static_configs:
                  - targets: ["{target.Authority}"]
                    labels:
                      namespace: {@namespace}
                      pod: orders-standin-0
            """);
        Url = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var start = new ProcessStartInfo("prometheus")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add($"--config.file={config}");
        start.ArgumentList.Add($"--storage.tsdb.path={_directory.Combine("data")}");
        start.ArgumentList.Add($"--web.listen-address={Url.Authority}");
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("prometheus did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The prometheus binary is not on PATH: apt-get install -y --no-install-recommends prometheus (.ci/run does).", e);
        }
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Url { get; }

    /// <summary>Polls /-/ready until Prometheus serves queries (about 0.2 s here), bounded.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"prometheus exited with code {_process.ExitCode} before it was ready.");
            }
            try
            {
                if ((await http.GetAsync(new Uri(Url, "-/ready"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        throw new TimeoutException($"prometheus at {Url} was not ready within {timeout}.");
    }

    public void Dispose()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        _process.Dispose();
        _directory.Dispose();
    }
}
