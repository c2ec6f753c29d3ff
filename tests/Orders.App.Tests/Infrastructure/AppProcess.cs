using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Orders.App.Tests.Infrastructure;

/// <summary>
/// The real built app as a child process on an ephemeral port, for what only a process shows: signals,
/// exit codes, Kestrel. Killed with its children on dispose if it is still running, also when a test fails.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private TaskCompletionSource _outputChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = null!;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Starts the app built next to these tests (same configuration) and waits until it listens.</summary>
    public static async Task<AppProcess> StartAsync(params string[] arguments)
    {
        var configuration = Path.GetFileName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var dll = Path.Combine(RepositoryRoot.Path, "artifacts", "bin", "Orders.App", configuration, "Orders.App.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build app/Orders.App.csproj ({configuration}) first: {dll} is missing.");
        }
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var app = new AppProcess(new Process { StartInfo = start });
        app._process.OutputDataReceived += (_, e) => app.Record(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Record(e.Data);
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        try
        {
            var listening = await app.WaitForOutputAsync(ListeningLine(), TimeSpan.FromSeconds(60));
            app.BaseAddress = new Uri(listening.Groups["url"].Value);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits for a line of the app's console output matching <paramref name="pattern"/>.</summary>
    public async Task<Match> WaitForOutputAsync(Regex pattern, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_output)
            {
                foreach (var line in _output)
                {
                    if (pattern.Match(line) is { Success: true } match)
                    {
                        return match;
                    }
                }
                changed = _outputChanged.Task;
            }
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited ({_process.ExitCode}) before printing /{pattern}/:\n{Output}");
            }
            try
            {
                await changed.WaitAsync(TimeSpan.FromMilliseconds(500), deadline.Token);
            }
            catch (TimeoutException)
            {
                // Re-check whether the process exited.
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No line matching /{pattern}/ within {timeout}; the app printed:\n{Output}");
            }
        }
    }

    /// <summary>
    /// What Kubernetes sends to stop a container. Through the shell's kill builtin: .NET has no API that sends
    /// a signal other than SIGKILL, and a P/Invoke of "libc" depends on how the distribution names it.
    /// </summary>
    public async Task SendSigtermAsync()
    {
        using var kill = System.Diagnostics.Process.Start("/bin/sh", ["-c", $"kill -TERM {_process.Id}"]);
        await kill.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -TERM {_process.Id} exited with {kill.ExitCode}.");
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }
        TaskCompletionSource changed;
        lock (_output)
        {
            _output.Add(line);
            changed = _outputChanged;
            _outputChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://[^\s]+)")]
    private static partial Regex ListeningLine();
}
