namespace Orders.EntryPoints.Tests.Infrastructure;

/// <summary>The shared <see cref="EntryScriptWorkspace.WithProbe"/> of the <see cref="ProbeCollection"/>.</summary>
public sealed class ProbeWorkspace : IDisposable
{
    public EntryScriptWorkspace Workspace { get; } = EntryScriptWorkspace.WithProbe();

    public void Dispose() => Workspace.Dispose();
}
