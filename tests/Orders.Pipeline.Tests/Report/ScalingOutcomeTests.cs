using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Report;

public sealed class ScalingOutcomeTests
{
    [Fact]
    public void Back_to_min_is_looked_for_after_the_scale_up_not_at_the_KEDA_poll_of_the_same_instant()
    {
        // Given min 2 and a poll at every sync: the poll listed just before the sync that scales 2 -> 5 shows 2
        var spec = Spec(min: 2, max: 10, behavior: Behavior(down: new HpaScalingRules(TimeSpan.FromSeconds(30))));
        var readings = Enumerable.Range(0, 300).Select(s => Value(s is >= 30 and < 90 ? 50 : 0, T0.AddSeconds(s))).ToList();
        var run = ScaledObjectRun.Replay("x", "x.yaml", spec, readings, T0);

        // When the first timing's figures are taken (load 30..90 s)
        var outcome = ScalingOutcome.Of(run.Steps, 2, T0.AddSeconds(30), TimeSpan.FromSeconds(60), 5);

        // Then the last 5 (the sync at 75 s) leaves the 30 s window at 105 s: 15 s after the load, not before it
        Assert.Equal(TimeSpan.Zero, outcome.TimeToPeak);
        Assert.Equal(TimeSpan.FromSeconds(15), outcome.TimeBackToMin);
    }
}
