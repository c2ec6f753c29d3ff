using System.Runtime.InteropServices;

namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// Turns every way a run can be told to stop into one cancellation of the run's token: SIGINT (Ctrl+C, to the
/// whole process group), SIGTERM (a supervisor), SIGHUP (the terminal closed), SIGQUIT, and the parent process
/// going away (<see cref="ParentWatch"/>; not under nohup, whose user wants the run to outlive its shell): SIGTERM to ./build.sh's top process ends Cake, which passes nothing
/// on, so for a verb Cake runs that is how a stopped build arrives. The signal is not left to end the process:
/// the run unwinds, so <see cref="ProcessSupervisor"/> and the tool runner stop every process it started, and the
/// entry point prints <see cref="InterruptedLine"/> once at the end.
/// </summary>
public sealed class RunStop : IDisposable
{
    private static readonly PosixSignal[] Signals = [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT];

    private readonly CancellationTokenSource _source = new();
    private readonly List<PosixSignalRegistration> _signals = [];
    private readonly ParentWatch? _parent;
    private string? _reason;

    public RunStop(int pid, TimeProvider time)
    {
        var nohup = ParentWatch.IgnoresHangup(pid); // read before the SIGHUP registration below replaces the ignore
        foreach (var signal in Signals)
        {
            try
            {
                _signals.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    context.Cancel = true; // unwind and stop the children instead of dying with them left behind
                    Stop(context.Signal.ToString());
                }));
            }
            catch (PlatformNotSupportedException)
            {
                // Windows has no SIGHUP or SIGQUIT; Ctrl+C and closing the console still arrive as SIGINT and SIGTERM.
            }
        }
        _parent = nohup ? null : new ParentWatch(pid, parent => Stop($"its parent process {parent} has gone"), time);
    }

    public CancellationToken Token => _source.Token;

    /// <summary>Why the run was stopped (a signal's name, the parent gone), or null when nothing stopped it.</summary>
    public string? Reason => Volatile.Read(ref _reason);

    /// <summary>The exit code of a stopped run: 128 + the signal's number, as a shell reports a process a signal ended.</summary>
    public int ExitCode => Reason switch
    {
        "SIGHUP" => 129,
        "SIGQUIT" => 131,
        "SIGTERM" => 143,
        _ => 130,
    };

    /// <summary>The one line printed when the run ends cancelled: why, and where what it wrote so far is.</summary>
    public string InterruptedLine(string? partialReport, string? logs) =>
        $"interrupted ({Reason ?? "the run went over its time bound"}): every process the run started has been stopped; "
        + (partialReport is not null ? $"the partial report (what the run had so far, each process's log beside it) is in {partialReport}"
            : logs is not null ? $"the partial report (each process's log, what was written so far) is in {logs}"
            : "it had written no report yet.");

    public void Stop(string reason)
    {
        Interlocked.CompareExchange(ref _reason, reason, null);
        try
        {
            _source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // A poll or a signal that raced the end of the run: there is nothing left to stop.
        }
    }

    public void Dispose()
    {
        foreach (var signal in _signals)
        {
            signal.Dispose();
        }
        _parent?.Dispose();
        _source.Dispose();
    }
}
