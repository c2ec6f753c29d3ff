using System.Globalization;
using Orders.Pipeline.Report;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// The query against the load that fed it: once the hold has filled the query's window (+ one scrape), the
/// median of its readings must be within ±<see cref="Tolerance"/> of the rate the load really achieved. The
/// model replays that same query, so a signal counted twice, or missing a pod's series, would otherwise move
/// the model and the cluster together and pass.
/// </summary>
public static class PlateauCheck
{
    public const double Tolerance = 0.10;

    public static (bool Passed, string Line) Judge(RecordedRun run)
    {
        if (run.Profile.Hold is not { } hold)
        {
            return (true, "query plateau: not judged (the profile holds no constant rate)");
        }
        var window = QueryWindow.Of(run.Spec.FirstTrigger.Query) ?? TimeSpan.Zero;
        var from = (int)Math.Ceiling((hold.Start + window + run.ScrapeInterval).TotalSeconds);
        var to = (int)hold.End.TotalSeconds - 1;
        var readings = Enumerable.Range(from, Math.Max(0, to - from + 1))
            .Where(s => s < run.QueryValues.Count && run.QueryValues[s] is not null)
            .Select(s => run.QueryValues[s]!.Value).Order().ToList();
        if (from > to)
        {
            return (false, $"query plateau not judged: the hold ({(hold.End - hold.Start).TotalSeconds:0} s) ends before the query's {window.TotalSeconds:0} s window + {run.ScrapeInterval.TotalSeconds:0} s scrape have filled; hold the rate longer (--profile)");
        }
        var derived = $"median of {readings.Count} readings {from}..{to} s: the hold after the {window.TotalSeconds:0} s window + {run.ScrapeInterval.TotalSeconds:0} s scrape";
        var achieved = run.AchievedHeldRate;
        if (readings.Count == 0 || achieved <= 0)
        {
            return (false, string.Create(CultureInfo.InvariantCulture,
                $"query plateau missing: no reading during the hold ({derived}) while the load achieved {achieved:0.0}/s: the signal is missing; check that Prometheus scrapes the exporters (targets page) and the query's namespace"));
        }
        var plateau = readings[(readings.Count - 1) / 2];
        var ratio = plateau / achieved;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"query plateau {plateau:0.0}/s = {ratio:0.00}x the achieved {achieved:0.0}/s ({derived}; allowed {achieved * (1 - Tolerance):0.0}..{achieved * (1 + Tolerance):0.0}/s, ±{Tolerance:P0})");
        return ratio > 1 + Tolerance
            ? (false, line + ": the signal is counted more than once; check for duplicate scrape jobs or targets of the exporter (Prometheus targets page) and that the query sums one series per pod")
            : ratio < 1 - Tolerance
                ? (false, line + ": part of the signal is missing; check that every orders pod's exporter is scraped (Prometheus targets page) and that no pod's series is absent")
                : (true, line);
    }
}
