using System.Globalization;
using Orders.Pipeline.Load;

namespace Orders.Pipeline.Tuning;

/// <summary>
/// A load the study records: two quiet minutes (the exporter's counter stands still at its warm value), then
/// either a step held four minutes (to <see cref="StepRate"/>: how fast does the count get exactly right, and how
/// often does it overshoot; to <see cref="MiddleRate"/>: how often it overshoots where 5 is unambiguous) or a
/// steady rate held fourteen minutes (does it stay put?). Both are Local's load profiles, sent with Local's Poisson
/// arrivals, so the counter the study samples is the one a Local run with <c>--arrivals=poisson:SEED</c> counts.
/// </summary>
public sealed record TuningScenario(string Name, LoadProfile Profile, double Rate, bool IsStep)
{
    /// <summary>The orders/s of the step: the top of the 5-replica band at threshold 10 (Local's default peak is 45/s).</summary>
    public const double StepRate = 50;

    /// <summary>The middle of the 5-replica band (40 to 50/s at threshold 10), Local's default peak: overshoot is
    /// measured here too, where the right count is not a coin flip.</summary>
    public const double MiddleRate = 45;

    /// <summary>A steady rate always held: at 4 replicas it sits on the HPA's 10% tolerance (44 / 40 = 1.1).</summary>
    public const double BoundaryRate = 44;

    /// <summary>Where calm can fail: just under the 4/5 boundary (a long dip takes a pod away, a rise brings it
    /// back) and around the 5/6 boundary (readings above 50 ask for 6 from 5's tolerance at 55).</summary>
    public static IReadOnlyList<(double From, double To)> CalmBands { get; } = [(38, 42), (48, 52)];

    /// <summary>When every scenario's load starts.</summary>
    public static readonly TimeSpan LoadStart = TimeSpan.FromMinutes(2);

    /// <summary>Changes are counted in the ten minutes after the count settled: from this long after the load's start.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromMinutes(3);

    /// <summary>How long changes are counted under a steady load.</summary>
    public static readonly TimeSpan CountedSpan = TimeSpan.FromMinutes(10);

    /// <summary>The recorded span of every scenario, so all share one range.</summary>
    public static readonly TimeSpan Span = TimeSpan.FromMinutes(17);

    /// <summary>A number of this scenario's own for its scrape faults' draws (<see cref="ScrapeSchedule"/>): the
    /// rate in hundredths, odd for a step.</summary>
    public int Stream => ((int)Math.Round(Rate * 100) * 2) + (IsStep ? 1 : 0);

    public static TuningScenario Step(double rate = StepRate) => new("step" + Format(rate), LoadProfile.Parse($"2m:0, 4m:{Format(rate)}, 11m:0"), rate, true);

    public static TuningScenario Steady(double rate) => new("steady" + Format(rate), LoadProfile.Parse($"2m:0, 14m:{Format(rate)}, 1m:0"), rate, false);

    /// <summary>The steps to 50/s and 45/s, then a steady load at every rate of <paramref name="rates"/>.</summary>
    public static IReadOnlyList<TuningScenario> All(IEnumerable<double> rates) => [Step(), Step(MiddleRate), .. rates.Distinct().Order().Select(Steady)];

    private static string Format(double rate) => rate.ToString("0.###", CultureInfo.InvariantCulture);
}
