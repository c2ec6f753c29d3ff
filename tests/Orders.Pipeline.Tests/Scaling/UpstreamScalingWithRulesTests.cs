using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>
/// The cases of TestScalingWithRules in kubernetes/kubernetes pkg/controller/podautoscaler/horizontal_test.go
/// (commit 003e862), each named as upstream names it: a desired count from the metric, the scale events of the
/// last periods, the behavior's rules, min and max -> the count the HPA sets and its condition. Upstream's
/// generateScalingRules(pods, podsPeriod, percent, percentPeriod, window) and generateEventsUniformDistribution
/// (n events spread evenly over the last 120 s) are <see cref="Rules"/> and <see cref="Events"/>. Left out:
/// "… within range when minReplicas is 0" (KEDA's HPA min is at least 1) and the case upstream skips (testThis).
/// </summary>
public sealed class UpstreamScalingWithRulesTests
{
    public sealed record Case(
        string Name, int Min, int Max, int Current, int Desired, int Expected, string Condition,
        HpaScalingRules? Up = null, HpaScalingRules? Down = null, int[]? UpEvents = null, int[]? DownEvents = null)
    {
        public override string ToString() => Name;
    }

    private static HpaScalingRules Rules(int pods, int podsPeriod, int percent, int percentPeriod, int window)
    {
        var policies = new List<HpaScalingPolicy>();
        if (pods != 0)
        {
            policies.Add(new HpaScalingPolicy(ScalingPolicyType.Pods, pods, TimeSpan.FromSeconds(podsPeriod)));
        }
        if (percent != 0)
        {
            policies.Add(new HpaScalingPolicy(ScalingPolicyType.Percent, percent, TimeSpan.FromSeconds(percentPeriod)));
        }
        return new HpaScalingRules(TimeSpan.FromSeconds(window), SelectPolicy.Max, policies);
    }

    /// <summary>generateEventsUniformDistribution(raw, 120): event i of n sits at now - (120 - 120/n × (i + 1) + 60/n) s.</summary>
    private static IEnumerable<TimedValue> Events(int[]? raw, DateTimeOffset now) =>
        (raw ?? []).Select((change, i) => new TimedValue(change, now.AddSeconds(-(int)(120 - 120.0 / raw!.Length * (i + 1) + 60.0 / raw.Length))));

    public static TheoryData<Case> Cases => new(
        new Case("prenormalized desired replicas within range", 3, 8, 5, 7, 7, "DesiredWithinRange"),
        new Case("prenormalized desired replicas < minReplicas", 2, 8, 3, 1, 2, "TooFewReplicas"),
        new Case("maxReplicas is the limit because maxReplicas < scaleUpLimit", 1, 10, 20, 1000, 10, "TooManyReplicas"),
        new Case("desired replica count is more than the maximum replica count", 100, 150, 100, 1000, 150, "TooManyReplicas"),
        new Case("scaleUpLimit is the limit because scaleUpLimit < maxReplicas with user policies", 1, 2000, 3, 1000, 4, "ScaleUpLimit", Up: Rules(0, 0, 1, 60, 0)),
        new Case("scaleUp with default behavior", 1, 1000, 10, 50, 20, "ScaleUpLimit"),
        new Case("scaleUp with pods policy larger than percent policy", 1, 1000, 10, 500, 110, "ScaleUpLimit", Up: Rules(100, 60, 100, 60, 0)),
        new Case("scaleUp with percent policy larger than pods policy", 1, 1000, 10, 500, 20, "ScaleUpLimit", Up: Rules(2, 60, 100, 60, 0)),
        new Case("scaleUp with spec MaxReplicas limitation with large pod policy", 1, 1000, 10, 50, 50, "DesiredWithinRange", Up: Rules(100, 60, 0, 0, 0)),
        new Case("scaleUp with spec MaxReplicas limitation with large percent policy", 1, 1000, 10, 50, 50, "DesiredWithinRange", Up: Rules(10000, 60, 0, 0, 0)),
        new Case("scaleUp with pod policy limitation", 1, 1000, 10, 50, 40, "ScaleUpLimit", Up: Rules(30, 60, 0, 0, 0)),
        new Case("scaleUp with percent policy limitation", 1, 1000, 10, 50, 30, "ScaleUpLimit", Up: Rules(0, 0, 200, 60, 0)),
        new Case("scaleDown with percent policy larger than pod policy", 1, 1000, 100, 2, 80, "ScaleDownLimit", Down: Rules(20, 60, 1, 60, 300)),
        new Case("scaleDown with pod policy larger than percent policy", 1, 1000, 100, 2, 98, "ScaleDownLimit", Down: Rules(2, 60, 1, 60, 300)),
        new Case("scaleDown with spec MinReplicas=nil limitation with large pod policy", 1, 1000, 10, 0, 1, "TooFewReplicas", Down: Rules(100, 60, 0, 0, 300)),
        new Case("scaleDown with spec MinReplicas limitation with large percent policy", 5, 1000, 10, 2, 5, "TooFewReplicas", Down: Rules(0, 0, 100, 60, 300)),
        new Case("scaleDown with pod policy limitation", 1, 1000, 10, 2, 5, "ScaleDownLimit", Down: Rules(5, 60, 0, 0, 300)),
        new Case("scaleDown with percent policy limitation", 1, 1000, 10, 5, 5, "DesiredWithinRange", Down: Rules(0, 0, 50, 60, 300)),
        new Case("scaleUp with spec MaxReplicas limitation with large pod policy and events", 1, 200, 100, 500, 200, "TooManyReplicas", Up: Rules(300, 60, 0, 0, 0), UpEvents: [1, 5, 9]),
        new Case("scaleUp with spec MaxReplicas limitation with large percent policy and events", 1, 200, 100, 500, 200, "TooManyReplicas", Up: Rules(0, 0, 10000, 60, 0), UpEvents: [1, 5, 9]),
        new Case("scaleUp with currentReplicas limitation with rate.PeriodSeconds with a lot of recent scale up events", 1, 1000, 100, 500, 100, "ScaleUpLimit", Up: Rules(5, 120, 0, 0, 0), UpEvents: [1, 5, 9]),
        new Case("scaleUp with pod policy and previous scale up events", 1, 1000, 100, 500, 235, "ScaleUpLimit", Up: Rules(150, 120, 0, 0, 0), UpEvents: [1, 5, 9]),
        new Case("scaleUp with percent policy and previous scale up events", 1, 1000, 100, 500, 255, "ScaleUpLimit", Up: Rules(0, 0, 200, 120, 0), UpEvents: [1, 5, 9]),
        new Case("scaleUp with percent policy and previous scale up and down events", 1, 1000, 6, 24, 16, "ScaleUpLimit", Up: Rules(0, 0, 300, 300, 0), UpEvents: [4], DownEvents: [2]),
        new Case("scaleDown with default policy and previous events", 1, 1000, 10, 5, 5, "DesiredWithinRange", DownEvents: [1, 5, 9]),
        new Case("scaleDown with spec MinReplicas=nil limitation with large pod policy and previous events", 1, 1000, 100, 0, 1, "TooFewReplicas", Down: Rules(115, 120, 0, 0, 300), DownEvents: [1, 5, 9]),
        new Case("scaleDown with spec MinReplicas limitation with large pod policy and previous events", 5, 1000, 100, 0, 5, "TooFewReplicas", Down: Rules(130, 120, 0, 0, 300), DownEvents: [1, 5, 9]),
        new Case("scaleDown with spec MinReplicas limitation with large percent policy and previous events", 5, 1000, 100, 2, 5, "TooFewReplicas", Down: Rules(0, 0, 100, 120, 300), DownEvents: [1, 5, 9]),
        new Case("scaleDown with pod policy limitation and previous events", 1, 1000, 100, 2, 100, "ScaleDownLimit", Down: Rules(5, 120, 0, 0, 300), DownEvents: [1, 5, 9]),
        new Case("scaleDown with percent policy limitation and previous events", 1, 1000, 100, 0, 56, "ScaleDownLimit", Down: Rules(0, 0, 50, 120, 300), DownEvents: [2, 4, 6]),
        new Case("scaleDown with percent policy and previous scale up and down events", 1, 1000, 10, 1, 6, "ScaleDownLimit", Down: Rules(0, 0, 50, 180, 0), UpEvents: [2], DownEvents: [4]),
        new Case("scaleDown with previous events preventing further scale down", 1, 1000, 100, 0, 100, "ScaleDownLimit", Down: Rules(0, 0, 10, 120, 300), DownEvents: [10, 10, 10]),
        new Case("scaleDown with with previous events still allowing more scale down", 1, 1000, 10, 5, 5, "DesiredWithinRange", Down: Rules(0, 0, 1000, 120, 300), DownEvents: [10, 10, 10]),
        new Case("check 'outdated' flag for events for one behavior for up", 1, 1000, 100, 200, 200, "DesiredWithinRange", Up: Rules(1000, 60, 0, 0, 0), UpEvents: [8, 12, 9, 11]),
        new Case("check that events were not marked 'outdated' for two different policies in the behavior for up", 1, 1000, 100, 200, 200, "DesiredWithinRange", Up: Rules(1000, 120, 100, 60, 0), UpEvents: [8, 12, 9, 11]),
        new Case("check that events were marked 'outdated' for two different policies in the behavior for up", 1, 1000, 100, 200, 200, "DesiredWithinRange", Up: Rules(1000, 30, 100, 60, 0), UpEvents: [8, 12, 9, 11]),
        new Case("check 'outdated' flag for events for one behavior for down", 1, 1000, 100, 5, 5, "DesiredWithinRange", Down: Rules(1000, 60, 0, 0, 300), DownEvents: [8, 12, 9, 11]),
        new Case("check that events were not marked 'outdated' for two different policies in the behavior for down", 1, 1000, 100, 5, 5, "DesiredWithinRange", Down: Rules(1000, 120, 100, 60, 300), DownEvents: [8, 12, 9, 11]),
        new Case("check that events were marked 'outdated' for two different policies in the behavior for down", 1, 1000, 100, 5, 5, "DesiredWithinRange", Down: Rules(1000, 30, 100, 60, 300), DownEvents: [8, 12, 9, 11]));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Normalizes_the_desired_count_as_the_HPA_controller_does(Case c)
    {
        // Given the HPA of a ScaledObject with these rules and the scale events upstream's case starts with
        var spec = Spec(min: c.Min, max: c.Max, behavior: Behavior(c.Up, c.Down));
        var hpa = new HorizontalPodAutoscalerModel(spec, c.Current);
        var now = T0.AddHours(1);
        hpa.Limiter.ScaleUpEvents.AddRange(Events(c.UpEvents, now));
        hpa.Limiter.ScaleDownEvents.AddRange(Events(c.DownEvents, now));

        // When the metric asks for the prenormalized count
        var (replicas, condition) = hpa.Normalize(now, c.Current, c.Desired);

        // Then the count and condition are upstream's
        Assert.Equal((c.Expected, c.Condition), (replicas, condition));
    }
}
