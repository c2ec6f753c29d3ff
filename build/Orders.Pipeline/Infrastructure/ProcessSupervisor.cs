using System.Runtime.InteropServices;

namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// Owns every process a run starts and stops them all, newest first: on dispose (success or failure), and
/// on SIGINT (Ctrl+C), SIGTERM and SIGQUIT, which cancel the run instead of ending the process at once, so
/// the run unwinds to this dispose. Process exit is the last resort.
/// </summary>
public sealed class ProcessSupervisor : IAsyncDisposable
{
    private readonly List<ManagedProcess> _processes = [];
    private readonly CancellationTokenSource _cancellation;
    private readonly PosixSignalRegistration[] _signals;
    private readonly EventHandler _onExit;
    private int _disposed;

    public ProcessSupervisor(CancellationToken outer)
    {
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _signals = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }.Select(signal =>
            PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true; // let the run unwind and clean up instead of dying with children left behind
                Console.Error.WriteLine($"{context.Signal}: stopping the run and every process it started…");
                _cancellation.Cancel();
            }))];
        _onExit = (_, _) => StopAll();
        AppDomain.CurrentDomain.ProcessExit += _onExit;
    }

    public CancellationToken Token => _cancellation.Token;

    public ManagedProcess Add(ManagedProcess process)
    {
        lock (_processes)
        {
            _processes.Add(process);
        }
        Console.WriteLine($"started {process.Name} (pid {process.Id}), log: {process.LogPath}");
        return process;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        foreach (var signal in _signals)
        {
            signal.Dispose();
        }
        AppDomain.CurrentDomain.ProcessExit -= _onExit;
        List<ManagedProcess> toStop;
        lock (_processes)
        {
            toStop = [.. _processes];
            _processes.Clear();
        }
        toStop.Reverse();
        foreach (var process in toStop)
        {
            await process.DisposeAsync();
            Console.WriteLine($"stopped {process.Name}");
        }
        _cancellation.Dispose();
    }

    private void StopAll() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
