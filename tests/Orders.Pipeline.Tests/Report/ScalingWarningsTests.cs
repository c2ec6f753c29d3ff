using Orders.Pipeline.Replay;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Report;

/// <summary>Each lint of issue 10 section 3 fires on its cause and only on it. The clean spec is k8s/base's
/// shape: a labelled 1-minute rate, AverageValue, ignoreNullValues false, a behavior, no cooldownPeriod.</summary>
public sealed class ScalingWarningsTests
{
    private static readonly ScaledObjectSpec Clean = Spec(min: 2, max: 6, behavior: Behavior()) with
    {
        Triggers = [new PrometheusTrigger("http://prometheus", "sum(rate(product_order_total{namespace=\"orders\"}[1m]))", 10, IgnoreNullValues: false)],
    };

    private static ScalingRanges Peak(int peak) =>
        new(new FigureRange(peak, peak, peak), new FigureRange(null, null, null), new FigureRange(null, null, null), new FigureRange(null, null, null), peak, 1, []);

    [Fact]
    public void A_clean_spec_gets_no_warning()
    {
        Assert.Empty(ScalingWarnings.For(Clean, Peak(5), PrometheusScrapeInterval.Uniform(TimeSpan.FromSeconds(15))));
    }

    public static TheoryData<string, ScaledObjectSpec, int, double?> Causes => new()
    {
        { "under 4 scrape intervals", Clean, 5, 30 },
        { "cooldownPeriod", Clean with { CooldownPeriod = TimeSpan.FromSeconds(30) }, 5, 15 },
        { "no HPA behavior", Clean with { Behavior = null }, 5, 15 },
        { "ignoreNullValues is true", Clean with { Triggers = [Clean.FirstTrigger with { IgnoreNullValues = true }] }, 5, 15 },
        { "selects no label", Clean with { Triggers = [Clean.FirstTrigger with { Query = "sum(rate(product_order_total[1m]))" }] }, 5, 15 },
        { "runaway growth", Clean with { Triggers = [Clean.FirstTrigger with { MetricType = MetricTargetType.Value }] }, 5, 15 },
        { "activationThreshold", Clean with { Triggers = [Clean.FirstTrigger with { ActivationThreshold = 10 }] }, 5, 15 },
        { "reached maxReplicaCount", Clean, 6, 15 },
    };

    [Theory]
    [MemberData(nameof(Causes))]
    public void Each_cause_gives_its_one_warning_with_a_fix(string expected, ScaledObjectSpec spec, int peak, double? scrapeSeconds)
    {
        var warnings = ScalingWarnings.For(spec, Peak(peak), scrapeSeconds is { } s ? PrometheusScrapeInterval.Uniform(TimeSpan.FromSeconds(s)) : null);

        var warning = Assert.Single(warnings);
        Assert.Contains(expected, warning, StringComparison.Ordinal);
    }

    [Fact]
    public void The_window_lint_needs_the_scrape_interval()
    {
        Assert.Empty(ScalingWarnings.For(Clean, Peak(5), null));
    }

    [Fact]
    public void With_several_triggers_each_is_judged_and_named()
    {
        var spec = Clean with
        {
            Triggers =
            [
                Clean.FirstTrigger with { Name = "a" },
                Clean.FirstTrigger with { Name = "b", Query = "sum(rate(queue_total{job=\"slow\"}[1m]))", IgnoreNullValues = true },
            ],
        };
        var scrape = new PrometheusScrapeInterval(TimeSpan.FromSeconds(15), new Dictionary<string, TimeSpan> { ["slow"] = TimeSpan.FromSeconds(30) });

        var warnings = ScalingWarnings.For(spec, Peak(5), scrape);

        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.StartsWith("spec.triggers[1] ('b'): ", w, StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("30 s", StringComparison.Ordinal)); // b's job is scraped every 30 s: 1m is 2 scrapes
        Assert.Contains(warnings, w => w.Contains("ignoreNullValues is true", StringComparison.Ordinal));
    }

    [Fact]
    public void CooldownPeriod_counts_with_an_idle_replica_count()
    {
        var spec = Clean with { CooldownPeriod = TimeSpan.FromSeconds(30), IdleReplicaCount = 0 };

        Assert.Empty(ScalingWarnings.For(spec, Peak(5), PrometheusScrapeInterval.Uniform(TimeSpan.FromSeconds(15))));
    }
}
