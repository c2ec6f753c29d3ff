namespace Orders.K8s.Tests.RealPrometheus;

/// <summary>The stand-in servers a test started, stopped newest first when it ends, also when it fails.</summary>
public sealed class RunningServers : IDisposable
{
    private readonly List<IDisposable> _running = [];

    public T Start<T>(T running)
        where T : IDisposable
    {
        _running.Add(running);
        return running;
    }

    public void Dispose()
    {
        foreach (var running in Enumerable.Reverse(_running))
        {
            running.Dispose();
        }
        _running.Clear();
    }
}
