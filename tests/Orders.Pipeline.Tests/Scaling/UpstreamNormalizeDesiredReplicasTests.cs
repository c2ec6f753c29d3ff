using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>
/// The cases of TestNormalizeDesiredReplicas in kubernetes/kubernetes pkg/controller/podautoscaler/horizontal_test.go
/// (commit 003e862): the stabilization of an HPA without behavior (KEDA's when the ScaledObject sets none, as the
/// tutorial's): the highest recommendation of the last 5 minutes wins, and the oldest stale record is reused.
/// </summary>
public sealed class UpstreamNormalizeDesiredReplicasTests
{
    public static TheoryData<string, (int Value, int MinutesAgo)[], int, int, int> Cases => new()
    {
        { "empty log", [], 5, 5, 1 },
        { "stabilize", [(4, 2), (5, 1)], 3, 5, 3 },
        { "no stabilize", [(1, 2), (2, 1)], 3, 3, 3 },
        { "no stabilize - old recommendations", [(10, 10), (9, 9)], 3, 3, 2 },
        { "stabilize - old recommendations", [(10, 10), (4, 1), (5, 2), (9, 9)], 3, 5, 4 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Legacy_stabilization_keeps_the_highest_recommendation_of_five_minutes(
        string upstream, (int Value, int MinutesAgo)[] log, int prenormalized, int expected, int expectedLogLength)
    {
        var now = T0.AddHours(1);
        var stabilizer = new HpaStabilizer();
        stabilizer.Recommendations.AddRange(log.Select(r => new TimedValue(r.Value, now.AddMinutes(-r.MinutesAgo))));

        var stabilized = stabilizer.Legacy(now, prenormalized, TimeSpan.FromMinutes(5));

        Assert.True(expected == stabilized, $"{upstream}: {stabilized}");
        Assert.True(expectedLogLength == stabilizer.Recommendations.Count, upstream);
    }
}
