using Orders.Pipeline.Cluster;

namespace Orders.Pipeline.Tests.Cluster;

/// <summary>The verdict on recorded runs made from the model (<see cref="SyntheticRun"/>): the healthy run
/// passes, and each broken deployment fails for its own stated reason, which the others do not give.</summary>
public sealed class LoadTestJudgeMutationTests
{
    private static readonly string[] Reasons =
    [
        "the signal is counted more than once",
        "HPA desired outside the model's band",
        "part of the signal is missing",
        "container restarts during the run",
        "the HPA never moved",
    ];

    [Fact]
    public void The_healthy_run_passes_and_prints_every_bound_with_its_derivation()
    {
        var verdict = LoadTestJudge.Judge(SyntheticRun.Correct());

        Assert.True(verdict.Passed, verdict.Message);
        Assert.Contains("query plateau 45.0/s = 1.00x the achieved 45.0/s", verdict.Message, StringComparison.Ordinal);
        Assert.Contains("lowest peak 5 = the count the achieved 45.0/s needs", verdict.Message, StringComparison.Ordinal);
        Assert.Contains($"pod start {SyntheticRun.PodStart} s, the slowest PodScheduled->Ready", verdict.Message, StringComparison.Ordinal);
        Assert.Contains("scale-down ", verdict.Message, StringComparison.Ordinal);
        Assert.Contains("no container restarts", verdict.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(SyntheticRun.DoubledSignal), 0)]
    [InlineData(nameof(SyntheticRun.OneMinuteWindowDeployed), 1)]
    [InlineData(nameof(SyntheticRun.OnePodSeriesMissing), 2)]
    [InlineData(nameof(SyntheticRun.CrashLoopingPod), 3)]
    [InlineData(nameof(SyntheticRun.HpaNeverMoves), 4)]
    public void A_broken_deployment_fails_for_its_own_reason(string mutation, int reason)
    {
        var run = (RecordedRun)typeof(SyntheticRun).GetMethod(mutation)!.Invoke(null, null)!;

        var verdict = LoadTestJudge.Judge(run);

        Assert.False(verdict.Passed, verdict.Message);
        Assert.StartsWith("FAIL", verdict.Message, StringComparison.Ordinal);
        Assert.Contains(Reasons[reason], verdict.Message, StringComparison.Ordinal);
        Assert.All(Reasons.Where((_, i) => i != reason), other => Assert.DoesNotContain(other, verdict.Message, StringComparison.Ordinal));
    }
}
