namespace Orders.Exporter.Hosting;

/// <summary>What /healthz and /readyz report: ready after the first scan, unhealthy once the tailer died.</summary>
public sealed class ExporterHealth
{
    private volatile bool _ready;
    private volatile Exception? _failure;

    public bool Ready => _ready && _failure is null;
    public Exception? Failure => _failure;

    public void MarkReady() => _ready = true;
    /// <summary>The first failure wins: it is the cause, later ones (the tailer finding the channel closed) follow from it.</summary>
    public void MarkDied(Exception failure) => Interlocked.CompareExchange(ref _failure, failure, null);
}
