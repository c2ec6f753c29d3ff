namespace Orders.Pipeline.Infrastructure;

/// <summary>A tool left running (a port-forward); disposing it kills its whole process tree.</summary>
public interface IRunningTool : IAsyncDisposable
{
    bool HasExited { get; }

    /// <summary>Completes when the tool has exited and its output has been read to the end.</summary>
    Task Exited { get; }
}
