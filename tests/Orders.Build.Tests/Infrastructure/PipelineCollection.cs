namespace Orders.Build.Tests.Infrastructure;

/// <summary>The tests that run ./build.sh share one workspace and run one at a time (see PipelineWorkspace).</summary>
[CollectionDefinition(Name)]
public sealed class PipelineCollection : ICollectionFixture<PipelineWorkspace>
{
    public const string Name = "pipeline";
}
