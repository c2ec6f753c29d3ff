using System.Diagnostics;

namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// A child process whose output goes to a log file and whose whole tree is killed on dispose, so a run
/// never leaves an app, exporter or Prometheus behind, whatever way it ends.
/// </summary>
public sealed class ManagedProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Task _pumps;

    private ManagedProcess(string name, Process process, string logPath, StreamWriter log)
    {
        Name = name;
        _process = process;
        LogPath = logPath;
        _log = log;
        _pumps = Task.WhenAll(Pump(process.StandardOutput), Pump(process.StandardError));
    }

    public string Name { get; }

    public string LogPath { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static ManagedProcess Start(string name, string fileName, IEnumerable<string> arguments, string logPath,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logPath))!);
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        try
        {
            var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start: {fileName}");
            return new ManagedProcess(name, process, logPath, log);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            log.Dispose();
            throw new InvalidOperationException($"Could not start {name} ('{fileName}'): {e.Message}.", e);
        }
    }

    /// <summary>The last lines of the log, to put in an error message.</summary>
    public string Tail(int lines = 15)
    {
        try
        {
            using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException)
        {
            return "(log unreadable)";
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ProcessTree.StopAsync(_process, _pumps);
        }
        finally
        {
            await _log.DisposeAsync();
            _process.Dispose();
        }
    }

    private async Task Pump(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (_log)
            {
                _log.WriteLine(line);
            }
        }
    }
}
