using System.Globalization;
using Orders.Pipeline.Load;

namespace Orders.Pipeline.Tuning;

/// <summary>
/// A load the study records: two quiet minutes (the exporter's counter sits at 0, as after a pod's start), then
/// either a step to <see cref="StepRate"/> held four minutes (how fast does the count get right?) or a steady
/// rate held fourteen minutes (does it stay put?). Both are Local's load profiles, sent with Local's Poisson
/// arrivals, so the counter the study samples is the one a Local run with <c>--arrivals=poisson:SEED</c> counts.
/// </summary>
public sealed record TuningScenario(string Name, LoadProfile Profile, double Rate, bool IsStep)
{
    /// <summary>The orders/s of the step: Local's default peak, 5 replicas at threshold 10.</summary>
    public const double StepRate = 50;

    /// <summary>The steady rate the goal names: at 4 replicas it sits on the HPA's 10% tolerance (44 / 40 = 1.1).</summary>
    public const double BoundaryRate = 44;

    /// <summary>When every scenario's load starts.</summary>
    public static readonly TimeSpan LoadStart = TimeSpan.FromMinutes(2);

    /// <summary>Changes are counted in the ten minutes after the count settled: from this long after the load's start.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromMinutes(3);

    /// <summary>How long changes are counted under a steady load.</summary>
    public static readonly TimeSpan CountedSpan = TimeSpan.FromMinutes(10);

    /// <summary>The recorded span of every scenario, so all share one range.</summary>
    public static readonly TimeSpan Span = TimeSpan.FromMinutes(17);

    public static TuningScenario Step() => new("step" + Format(StepRate), LoadProfile.Parse($"2m:0, 4m:{Format(StepRate)}, 11m:0"), StepRate, true);

    public static TuningScenario Steady(double rate) => new("steady" + Format(rate), LoadProfile.Parse($"2m:0, 14m:{Format(rate)}, 1m:0"), rate, false);

    /// <summary>The step, then a steady load at every rate of <paramref name="rates"/>.</summary>
    public static IReadOnlyList<TuningScenario> All(IEnumerable<double> rates) => [Step(), .. rates.Distinct().Order().Select(Steady)];

    private static string Format(double rate) => rate.ToString("0.###", CultureInfo.InvariantCulture);
}
