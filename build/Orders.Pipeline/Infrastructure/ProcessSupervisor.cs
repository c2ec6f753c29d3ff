namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// Owns every process a run starts and stops them all, newest first: on dispose (success or failure), and
/// when the run's token is cancelled (<see cref="RunStop"/> turns SIGINT, SIGTERM, SIGHUP, SIGQUIT and the
/// parent going away into that), so the run unwinds to this dispose. Process exit is the last resort.
/// </summary>
public sealed class ProcessSupervisor : IAsyncDisposable
{
    private readonly List<ManagedProcess> _processes = [];
    private readonly CancellationTokenSource _cancellation;
    private readonly EventHandler _onExit;
    private int _disposed;

    public ProcessSupervisor(CancellationToken outer)
    {
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _onExit = (_, _) => StopAll();
        AppDomain.CurrentDomain.ProcessExit += _onExit;
    }

    public CancellationToken Token => _cancellation.Token;

    public ManagedProcess Add(ManagedProcess process)
    {
        lock (_processes)
        {
            // Started while the run was being stopped (ProcessExit, a signal): it would join a list nobody stops.
            if (Volatile.Read(ref _disposed) == 1)
            {
                process.DisposeAsync().AsTask().GetAwaiter().GetResult();
                throw new OperationCanceledException($"{process.Name} was started while the run was stopping; it has been stopped.");
            }
            _processes.Add(process);
        }
        Console.WriteLine($"started {process.Name} (pid {process.Id}), log: {process.LogPath}");
        PartialOutput.Note(Path.GetDirectoryName(Path.GetFullPath(process.LogPath))!);
        return process;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
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
