using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>
/// kubernetes pkg/controller/podautoscaler/horizontal.go <c>computeReplicasForMetrics</c>: one proposal per metric
/// (KEDA's <c>s0-prometheus</c>, <c>s1-prometheus</c>), the largest kept; all invalid, or some invalid while the
/// largest valid proposal is below the current count, returns an error and the HPA does not scale. The cases are
/// horizontal_test.go's for several metrics (TestScaleDownOneMetricEmpty: 5 replicas, one metric asking for 3, an
/// external metric whose read fails) with KEDA's external metrics in place of CPU.
/// </summary>
public sealed class SeveralMetricsTests
{
    private static HpaDecision Reconcile(ScaledObjectSpec spec, int current, params MetricReading[] readings) =>
        new HorizontalPodAutoscalerModel(spec, current).Reconcile(T0, readings);

    [Fact]
    public void The_largest_proposal_wins_whichever_trigger_makes_it()
    {
        var spec = Two(min: 2, max: 10, behavior: Prompt);

        Assert.Equal(8, Reconcile(spec, 5, Value(30), Value(80)).Replicas);
        Assert.Equal(8, Reconcile(spec, 5, Value(80), Value(30)).Replicas);
        Assert.Equal(1, Reconcile(spec, 5, Value(30), Value(80)).Metric);
    }

    [Fact]
    public void Each_metric_keeps_its_own_threshold()
    {
        var spec = Two(min: 1, max: 10, behavior: Prompt, thresholdB: 100);

        // a: 30 / 10 = 3; b: 450 / 100 = 5 (not 45)
        Assert.Equal(5, Reconcile(spec, 2, Value(30), Value(450)).Replicas);
    }

    [Fact]
    public void One_invalid_metric_blocks_a_scale_down()
    {
        var spec = Two(min: 2, max: 6, behavior: Prompt);

        var healthy = Reconcile(spec, 5, Value(30), Value(20));
        var broken = Reconcile(spec, 5, Value(30), Down());

        Assert.Equal(3, healthy.Replicas);
        Assert.Equal(5, broken.Replicas);
        Assert.Null(broken.MetricDesired);
        Assert.Contains("invalid metrics (1 invalid out of 2), first error is: prometheus query api returned error", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_invalid_metric_does_not_block_a_scale_up()
    {
        var decision = Reconcile(Two(min: 2, max: 6, behavior: Prompt), 3, Value(60), Down());

        Assert.Equal(6, decision.Replicas);
    }

    [Fact]
    public void One_invalid_metric_holds_where_the_valid_one_holds_too()
    {
        // 48 over 5 pods is 0.96 of 10: within the tolerance, so the valid proposal is 5, not below 5: no error.
        var decision = Reconcile(Two(min: 2, max: 6, behavior: Prompt), 5, Value(48), Down());

        Assert.Equal((5, "DesiredWithinRange"), (decision.Replicas, decision.Reason));
    }

    [Fact]
    public void All_metrics_invalid_hold_the_count()
    {
        var decision = Reconcile(Two(min: 2, max: 6, behavior: Prompt), 4, Down(), Down());

        Assert.Equal(4, decision.Replicas);
        Assert.Contains("invalid metrics (2 invalid out of 2)", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_trigger_falls_back_on_its_own_and_the_fallback_is_a_floor()
    {
        // fallback.go: status.health is keyed by metric name, so b's failures are b's; past the threshold b reads
        // replicas x threshold = 4 x 10 and proposes 4, while a asks for 6: the HPA takes 6.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(T0);
        var model = new ScalingModel(Two(min: 1, max: 10, behavior: Prompt, fallback: new KedaFallback(1, 4)), clock, initialReplicas: 2);

        model.SyncHpa([Value(20), Down()]); // b: 1 failure, not yet past 1
        clock.Advance(TimeSpan.FromSeconds(15));
        var fallen = model.SyncHpa([Value(60), Down()]); // b: 2 failures, falls back
        clock.Advance(TimeSpan.FromSeconds(15));
        var floor = model.SyncHpa([Value(10), Down()]);

        Assert.True(fallen.Fallback);
        Assert.Equal(6, fallen.Replicas);
        Assert.Equal(4, floor.Replicas); // a asks for 1; b's fallback keeps 4
        Assert.Equal(40, floor.Reading.Value);
    }
}
