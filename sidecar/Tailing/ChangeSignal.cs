namespace Orders.Exporter.Tailing;

/// <summary>
/// "Something changed, poll now": set by file-system events, awaited by the poll loop together with the
/// poll interval. Reset before each poll, so an event that arrives during a poll triggers the next one.
/// </summary>
public sealed class ChangeSignal
{
    private TaskCompletionSource _pending = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Set() => Volatile.Read(ref _pending).TrySetResult();

    public void Reset()
    {
        if (Volatile.Read(ref _pending).Task.IsCompleted)
        {
            Volatile.Write(ref _pending, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
    }

    /// <summary>Completes when set, after <paramref name="interval"/> on <paramref name="time"/>, or on cancellation.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(interval, time, timeout.Token);
        await Task.WhenAny(Volatile.Read(ref _pending).Task, delay);
        await timeout.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
