using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Orders.TestSupport;

/// <summary>
/// The one way tests run a real program: start it (a built dll through the dotnet host, or any executable),
/// capture what it prints, wait for it to be ready (a log line, an HTTP 2xx) or to exit, each bounded in time,
/// and kill its whole process tree on dispose if it still runs, so a failing test leaves nothing behind.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private static readonly TimeSpan KillTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;

    private ChildProcess(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    /// <summary>The program's name in messages (the dll's or executable's file name).</summary>
    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What it printed so far, stdout and stderr interleaved, one entry per line.</summary>
    public OutputLines Lines { get; } = new();

    public string Output => Lines.ToString();

    /// <summary>What it printed on stdout alone (a rendered document, a tool's answer), one entry per line.</summary>
    public OutputLines StandardOutput { get; } = new();

    /// <summary>What it printed on stderr alone.</summary>
    public OutputLines StandardError { get; } = new();

    /// <summary>The dotnet host that runs these tests (DOTNET_HOST_PATH), else "dotnet" from PATH.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    /// <summary>Starts a built dll with the dotnet host that runs these tests, in the dll's folder (as a published app runs).</summary>
    public static ChildProcess StartDll(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        Start(DotnetHost, [dll, .. arguments], Path.GetDirectoryName(dll), environment, Path.GetFileName(dll));

    /// <summary>
    /// Starts <paramref name="executable"/> (a path, or a name looked up on PATH). Each argument reaches it as one
    /// argv element; an environment value of null removes that variable from what the child inherits.
    /// </summary>
    public static ChildProcess Start(string executable, IEnumerable<string> arguments, string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null, string? name = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (variable, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(variable);
            }
            else
            {
                start.Environment[variable] = value;
            }
        }
        var child = new ChildProcess(new Process { StartInfo = start }, name ?? Path.GetFileName(executable));
        child._process.OutputDataReceived += (_, e) =>
        {
            child.StandardOutput.Add(e.Data);
            child.Lines.Add(e.Data);
        };
        child._process.ErrorDataReceived += (_, e) =>
        {
            child.StandardError.Add(e.Data);
            child.Lines.Add(e.Data);
        };
        try
        {
            child._process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            child._process.Dispose();
            throw new InvalidOperationException($"{executable} could not be started ({e.Message}): is it installed and on PATH?", e);
        }
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>
    /// Runs a command to its end (promtool, kubectl, the pipeline's own verbs) and returns its exit code, stdout and
    /// stderr apart; when it runs over <paramref name="timeout"/> its tree is killed and this throws with its output.
    /// </summary>
    public static async Task<ExitedProcess> RunAsync(string executable, IEnumerable<string> arguments, TimeSpan timeout,
        string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        await using var child = Start(executable, arguments, workingDirectory, environment);
        var exitCode = await child.WaitForExitAsync(timeout);
        return new ExitedProcess(exitCode, child.StandardOutput.ToString(), child.StandardError.ToString());
    }

    /// <summary>
    /// <see cref="RunAsync"/> for a caller that cannot await (a Lazy, a theory's data). Run on the thread pool, away
    /// from xunit's synchronization context, whose few threads a blocked wait could otherwise starve.
    /// </summary>
    public static ExitedProcess Run(string executable, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null) =>
        Task.Run(() => RunAsync(executable, arguments, timeout, workingDirectory)).GetAwaiter().GetResult();

    /// <summary>Waits for a line of its output matching <paramref name="pattern"/>; fails at once if it exits first.</summary>
    public async Task<Match> WaitForOutputAsync(Regex pattern, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var (match, changed) = Lines.Find(pattern);
            if (match is not null)
            {
                return match;
            }
            ThrowIfExited($"before printing a line matching /{pattern}/");
            try
            {
                // Bounded so that an exit without further output is noticed too.
                await changed.WaitAsync(TimeSpan.FromMilliseconds(500), deadline.Token);
            }
            catch (TimeoutException)
            {
                // Look again, and check whether it exited.
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{Name} printed no line matching /{pattern}/ within {timeout}; its output:\n{Output}");
            }
        }
    }

    /// <summary>Polls GET <paramref name="url"/> until it answers 2xx (a real process has no event to await); fails at once if it exits.</summary>
    public async Task WaitForHttpOkAsync(Uri url, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            ThrowIfExited($"before {url} answered 2xx");
            try
            {
                using var response = await http.GetAsync(url);
                if (response.IsSuccessStatusCode)
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
        throw new TimeoutException($"{url} did not answer 2xx within {timeout}; {Name}'s output:\n{Output}");
    }

    /// <summary>Its exit code; when it runs over <paramref name="timeout"/>, its tree is killed and this throws with its output.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            await KillAsync();
            throw new TimeoutException($"{Name} did not exit within {timeout} and was killed; its output:\n{Output}");
        }
        _process.WaitForExit(); // the redirected streams are read to their end: Output is complete
        return _process.ExitCode;
    }

    /// <summary>
    /// What Kubernetes sends to stop a container. Through the shell's kill builtin (no procps needed): .NET has no
    /// API that sends a signal other than SIGKILL, and a P/Invoke of "libc" depends on how the distribution names it.
    /// </summary>
    public Task SendSigtermAsync() => SendSignalAsync("TERM");

    /// <summary>Sends the signal named <paramref name="signal"/> (TERM, INT, KILL…) to this process only, not its group.</summary>
    public async Task SendSignalAsync(string signal)
    {
        await using var kill = Start("/bin/sh", ["-c", "kill -s \"$1\" \"$2\"", "kill", signal, _process.Id.ToString(CultureInfo.InvariantCulture)]);
        var exitCode = await kill.WaitForExitAsync(TimeSpan.FromSeconds(30));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"kill -s {signal} {_process.Id} ({Name}) exited with {exitCode}: {kill.Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task KillAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(KillTimeout);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    private void ThrowIfExited(string when)
    {
        if (_process.HasExited)
        {
            _process.WaitForExit();
            throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} {when}; its output:\n{Output}");
        }
    }
}
