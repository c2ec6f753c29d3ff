using System.Globalization;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Local;

/// <summary>
/// The seconds of a --chaos prometheus-stop run that the outage can explain, from the kill to the latest moment a
/// fallback or its alert can still be its doing: Prometheus back, plus the trigger query's longest range (its reads
/// may come back empty until that window holds samples again), plus failureThreshold polls (the failed reads KEDA
/// tolerates before falling back). A fallback or an alert only outside it is not the outage's, so it proves nothing.
/// </summary>
public sealed record ChaosWindow(double From, double To, TimeSpan QueryWindow, TimeSpan ThresholdPolls)
{
    /// <summary>The window for an outage from <paramref name="down"/> to <paramref name="up"/> (seconds into the run).</summary>
    public static ChaosWindow Of(ScaledObjectSpec spec, double down, double up)
    {
        var window = spec.Triggers.Select(t => Report.QueryWindow.Of(t.Query) ?? TimeSpan.Zero).DefaultIfEmpty(TimeSpan.Zero).Max();
        var polls = spec.Polling * (spec.Fallback?.FailureThreshold ?? 0);
        return new ChaosWindow(down, up + window.TotalSeconds + polls.TotalSeconds, window, polls);
    }

    /// <summary>True when the seconds [<paramref name="from"/>, <paramref name="to"/>) share any with the window.</summary>
    public bool Overlaps(double from, double to) => from < To && to > From;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"t={From:0}-{To:0} s: the kill to Prometheus ready + the query's {PrometheusDuration.Format(QueryWindow)} window + failureThreshold polls ({ThresholdPolls.TotalSeconds:0} s)");
}
