using System.Runtime.InteropServices;

namespace Orders.LoadTest.Local;

/// <summary>
/// Owns every process a run starts and stops them all, newest first: on dispose (success or failure), and
/// on SIGINT (Ctrl+C), SIGTERM and SIGQUIT, which cancel the run instead of ending the process at once, so
/// the run unwinds to this dispose. Process exit is the last resort.
/// </summary>
public sealed class ProcessSupervisor : IAsyncDisposable
{
    private readonly List<ManagedProcess> processes = [];
    private readonly CancellationTokenSource cancellation;
    private readonly PosixSignalRegistration[] signals;
    private readonly EventHandler onExit;
    private int disposed;

    public ProcessSupervisor(CancellationToken outer)
    {
        cancellation = CancellationTokenSource.CreateLinkedTokenSource(outer);
        signals = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }.Select(signal =>
            PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true; // let the run unwind and clean up instead of dying with children left behind
                Console.Error.WriteLine($"{context.Signal}: stopping the run and every process it started…");
                cancellation.Cancel();
            }))];
        onExit = (_, _) => StopAll();
        AppDomain.CurrentDomain.ProcessExit += onExit;
    }

    public CancellationToken Token => cancellation.Token;

    public ManagedProcess Add(ManagedProcess process)
    {
        lock (processes)
        {
            processes.Add(process);
        }
        Console.WriteLine($"started {process.Name} (pid {process.Id}), log: {process.LogPath}");
        return process;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }
        foreach (var signal in signals)
        {
            signal.Dispose();
        }
        AppDomain.CurrentDomain.ProcessExit -= onExit;
        List<ManagedProcess> toStop;
        lock (processes)
        {
            toStop = [.. processes];
            processes.Clear();
        }
        toStop.Reverse();
        foreach (var process in toStop)
        {
            await process.DisposeAsync().ConfigureAwait(false);
            Console.WriteLine($"stopped {process.Name}");
        }
        cancellation.Dispose();
    }

    private void StopAll() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
