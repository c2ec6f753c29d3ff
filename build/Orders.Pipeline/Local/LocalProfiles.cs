using System.Globalization;
using Orders.Pipeline.Load;
using Orders.Pipeline.Tuning;

namespace Orders.Pipeline.Local;

/// <summary>
/// Local's load profiles by name. The default holds 45 orders/s, the middle of the band where threshold 10 gives
/// 5 replicas (above 40 and up to 50/s): a 20 s rate's noise of a few orders/s leaves the right count unambiguous,
/// so the headline does not hang on a coin flip. <c>boundary</c> holds exactly 50/s, the 5/6 boundary, where the
/// first full reading after the ramp lands above 50 about half the time and some timings go to 6: the case that
/// shows what the short window costs (docs/what-local-proves.md). Anything else is read as stages.
/// </summary>
public static class LocalProfiles
{
    /// <summary>The default: a 10 s ramp to 45/s, held 80 s, 10 s down. The peak is the Tune study's
    /// <see cref="TuningScenario.MiddleRate"/>, so the study measures overshoot at the rate Local runs.</summary>
    public static readonly string Middle = string.Create(CultureInfo.InvariantCulture,
        $"10s:0->{TuningScenario.MiddleRate}, 80s:{TuningScenario.MiddleRate}, 10s:0");

    /// <summary>The name of the boundary profile, for <c>--profile</c>.</summary>
    public const string BoundaryName = "boundary";

    /// <summary><c>--profile=boundary</c>: the same shape at 50/s, the 5/6 boundary.</summary>
    public const string Boundary = "10s:0->50, 80s:50, 10s:0";

    /// <summary><paramref name="text"/> as stages, or the named profile it names.</summary>
    public static LoadProfile Parse(string text) =>
        LoadProfile.Parse(string.Equals(text.Trim(), BoundaryName, StringComparison.OrdinalIgnoreCase) ? Boundary : text);
}
