using System.Globalization;
using Orders.Pipeline.Report;

namespace Orders.Pipeline.Replay;

/// <summary>
/// Why the same data can give different readings at <c>--step=1s</c> and <c>--step=15s</c> (issue 24: peak 2 at
/// one, 4 at the other), so no user is left with two answers. A <c>rate()</c> over a window that holds few samples
/// at the scrape interval (a 20 s window over 15 s samples holds 1 or 2) changes with the instant it is evaluated
/// at; a 15 s step evaluates it at one phase of the samples only. KEDA and the HPA evaluate it at whole seconds
/// (every pollingInterval, every 15 s sync, at offsets nobody chooses), which a 1 s step reproduces.
/// </summary>
public static class StepAdvice
{
    public static string For(string query, TimeSpan? scrape, TimeSpan step, TimeSpan polling)
    {
        var window = QueryWindow.Of(query);
        var matches = Inv($"KEDA evaluates the query at whole seconds (every pollingInterval, {polling.TotalSeconds:0} s, and at every HPA sync, {Scaling.KubernetesDefaults.HpaSyncPeriod.TotalSeconds:0} s, at offsets nobody chooses), so `--step=1s` matches it");
        var atStep = step == TimeSpan.FromSeconds(1)
            ? "; this replay read it so."
            : Inv($"; this replay read it every {step.TotalSeconds:0.###} s, holding each reading for the whole step.");
        if (window is not { } w || scrape is not { } s || s <= TimeSpan.Zero)
        {
            var unknown = window is null ? "the query has no range window" : "the scrape interval is unknown";
            return $"{unknown}, so how much its readings move with the instant was not judged. {matches}{atStep}";
        }
        var few = (int)Math.Floor(w / s);
        var many = w.Ticks % s.Ticks == 0 ? few : few + 1;
        var samples = few == many ? Inv($"{few}") : Inv($"{few}-{many}");
        // The same test QueryLint warns by (a window under MinimumScrapes intervals), so one report never says
        // both "steps should agree" and "the window is too short" (a 50 s window over 15 s holds 3-4 samples).
        if (w >= QueryWindow.MinimumScrapes * s)
        {
            return Inv($"its {w.TotalSeconds:0} s window holds {samples} samples scraped every {s.TotalSeconds:0.###} s: its readings move little with the instant, so steps should agree. {matches}{atStep}");
        }
        return Inv($"its {w.TotalSeconds:0} s window holds only {samples} samples scraped every {s.TotalSeconds:0.###} s, so rate() depends on the instant it is evaluated at: a {step.TotalSeconds:0.###} s step can read one phase of the samples only, and `--step=1s` and `--step=15s` can disagree (a different peak). {matches}{atStep} A window of at least {QueryWindow.MinimumScrapes * s.TotalSeconds:0} s makes the answer depend little on either.");
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
