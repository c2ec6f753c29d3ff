namespace Orders.Pipeline.Tests.Replay;

/// <summary>One backfilled Prometheus for every replay test class (starting it is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class BackfilledPrometheusCollection : ICollectionFixture<BackfilledPrometheus>
{
    public const string Name = "backfilled prometheus";
}
