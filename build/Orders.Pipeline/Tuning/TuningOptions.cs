using Orders.Pipeline.Cli;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Scaling;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Tuning;

/// <summary>
/// Settings of the Tune target: which scrape intervals and windows to weigh, how many Poisson seeds to record
/// each load with, and the steady rates to hold (the goal's boundary rate is always among them).
/// </summary>
public sealed record TuningOptions(
    string Root,
    string Output,
    IReadOnlyList<TimeSpan> Scrapes,
    IReadOnlyList<TimeSpan> Windows,
    int Seeds,
    IReadOnlyList<double> SteadyRates,
    string? PrometheusBinary)
{
    /// <summary>The Kubernetes and KEDA the model follows: the defaults (the pinned KEDA chart, Kubernetes 1.33+), as
    /// the pair is chosen for the manifests a current cluster runs; the table says which.</summary>
    public ModelVersions Versions => ModelVersions.Default;

    public static TuningOptions From(CommandLine args)
    {
        var root = args.Root();
        var seeds = args.Int(O.TuneSeeds);
        if (seeds is < 1 or > 100)
        {
            throw new ArgumentException($"--{O.TuneSeeds.Name} {seeds}: give 1 to 100 seeds (each is one more recording of every load; the choice needs 30).");
        }
        var scrapes = Durations(args, O.TuneScrapes);
        foreach (var scrape in scrapes.Where(s => s < TimeSpan.FromSeconds(1) || s.TotalSeconds != Math.Floor(s.TotalSeconds)))
        {
            throw new ArgumentException($"--{O.TuneScrapes.Name}: {scrape.TotalSeconds} s is not a whole number of seconds of at least 1 (each whole-second scrape phase is recorded).");
        }
        var rates = args.Text(O.TuneRates)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => double.TryParse(r, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0 && v <= 1000
                ? v
                : throw new ArgumentException($"--{O.TuneRates.Name}: '{r}' is not a rate in orders/s between 0 and 1000 (e.g. 36,40,44,50)."))
            .Append(TuningScenario.BoundaryRate).Distinct().Order().ToList();
        // PromQL range windows, in PromQL's grammar: what is written back into the query (1m30s, 500ms).
        List<TimeSpan> windows = [.. args.Text(O.TuneWindows)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => PrometheusDuration.TryParse(w, out var d) && d > TimeSpan.Zero
                ? d
                : throw new ArgumentException($"--{O.TuneWindows.Name}: '{w}' is not a PromQL range window (e.g. 20s, 1m, 1m30s)."))];
        var options = new TuningOptions(
            root,
            Path.GetFullPath(Path.Combine(root, args.Text(O.TuneOutput)!)),
            scrapes,
            windows,
            seeds,
            rates,
            args.Text(O.PrometheusBinary));
        if (TuningCandidate.Grid(scrapes, windows).Count == 0)
        {
            throw new ArgumentException($"--{O.TuneScrapes.Name} and --{O.TuneWindows.Name} make no pair whose window holds two scrapes: give a window at least twice an interval.");
        }
        return options;
    }

    private static List<TimeSpan> Durations(CommandLine args, OptionDefinition option) =>
        [.. args.Text(option)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => DurationGrammar.Parse(option.Name, t))];
}
