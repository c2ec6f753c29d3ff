namespace Orders.EntryPoints.Tests.Infrastructure;

/// <summary>
/// The build.ps1 probe tests share one probe workspace, one test after another: Cake's script cache then
/// compiles the probe once instead of once per class (several seconds each on a busy machine).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ProbeCollection : ICollectionFixture<ProbeWorkspace>
{
    public const string Name = "build.ps1 probe";
}
