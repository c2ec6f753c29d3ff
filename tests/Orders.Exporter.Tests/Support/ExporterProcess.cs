using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Orders.Exporter.Tests.Support;

/// <summary>
/// A real service as a process: by default the exporter (the Orders.Exporter.dll built beside the tests, the
/// same bits publish produces), listening on 127.0.0.1 and an ephemeral port it reports in its log; or any
/// other dll (the order app). Disposing kills the process tree if it is still running, also when the test failed.
/// </summary>
public sealed partial class ExporterProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private ExporterProcess(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(5) };
    public string Output { get { lock (_output) { return string.Join('\n', _output); } } }

    public static Task<ExporterProcess> StartAsync(params string[] arguments) =>
        StartDllAsync(Path.Combine(AppContext.BaseDirectory, "Orders.Exporter.dll"), ["--Exporter:Host=127.0.0.1", "--Exporter:Port=0", .. arguments]);

    public static async Task<ExporterProcess> StartDllAsync(string dll, string[] arguments)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing: build the solution first (./build.sh --target=Build).", dll);
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[dll, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_gcServer"] = "0";
        var exporter = new ExporterProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
        exporter._process.OutputDataReceived += (_, e) => exporter.OnLine(e.Data);
        exporter._process.ErrorDataReceived += (_, e) => exporter.OnLine(e.Data);
        exporter._process.BeginOutputReadLine();
        exporter._process.BeginErrorReadLine();
        var started = await Task.WhenAny(exporter._address.Task, Task.Delay(TimeSpan.FromSeconds(30)));
        if (started != exporter._address.Task)
        {
            await exporter.DisposeAsync();
            throw new TimeoutException($"{Path.GetFileName(dll)} did not report its address within 30 s; its output:\n{exporter.Output}");
        }
        exporter.BaseAddress = await exporter._address.Task;
        return exporter;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or the deadline passes (a real process: no fake clock).</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }
        return await condition();
    }

    public async Task<Dictionary<string, double>> MetricsAsync() =>
        MetricsText.Parse(await Http.GetStringAsync(new Uri(BaseAddress, "/metrics")));

    /// <summary>SIGTERM, as the kubelet sends it; returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan deadline)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
        }

        using var timeout = new CancellationTokenSource(deadline);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        var match = ListeningOn().Match(line);
        if (match.Success)
        {
            _address.TrySetResult(new Uri(match.Value));
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ListeningOn();
}
