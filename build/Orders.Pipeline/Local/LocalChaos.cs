using Orders.Pipeline.Cli;
using Orders.Pipeline.Load;

namespace Orders.Pipeline.Local;

/// <summary>
/// A fault Local injects while the load holds steady (--chaos): <c>prometheus-stop:60s</c> stops the real Prometheus
/// for that long and starts it again on the same TSDB, so the report shows KEDA's fallback taking over, the alert
/// OrdersScalingOnFallback's expression turning true, and the recovery. One kind only, named so more can follow
/// (<c>exporter-stop:…</c>) without changing the grammar; <c>none</c> (the default) injects nothing.
/// </summary>
public sealed record LocalChaos(TimeSpan PrometheusStop)
{
    public const string Grammar = "none|prometheus-stop:<duration>";
    private const string Kind = "prometheus-stop:";

    /// <summary>The fault <paramref name="text"/> names, or null for <c>none</c>.</summary>
    public static LocalChaos? Parse(string text)
    {
        if (text.Trim() == "none")
        {
            return null;
        }
        if (!text.StartsWith(Kind, StringComparison.Ordinal) || !DurationGrammar.TryParse(text[Kind.Length..], out var outage) || outage <= TimeSpan.Zero)
        {
            throw new FormatException($"'{text}' is not {Grammar} (e.g. prometheus-stop:60s; the duration is {DurationGrammar.Accepts}, above 0).");
        }
        return new LocalChaos(outage);
    }

    /// <summary>
    /// When, counted from the load's start, Prometheus is stopped: the outage sits in the middle of the profile's
    /// hold (its longest constant-rate stage), so the query reads the same rate before and after it and only the
    /// outage explains a difference. A hold shorter than the outage is refused before anything starts.
    /// </summary>
    public TimeSpan StopAt(LoadProfile profile)
    {
        if (profile.Hold is not { } hold || hold.End - hold.Start < PrometheusStop)
        {
            var held = profile.Hold is { } h ? $"its longest hold is {(h.End - h.Start).TotalSeconds:0} s" : "it holds no constant rate above 0";
            throw new ArgumentException($"--chaos prometheus-stop:{PrometheusStop.TotalSeconds:0}s needs the profile to hold a constant rate at least that long, and {held} ('{profile}'): lengthen a stage of --profile (e.g. 10s:0->50, 120s:50, 10s:0) or shorten the outage.");
        }
        return hold.Start + (hold.End - hold.Start - PrometheusStop) / 2;
    }

    public override string ToString() => $"{Kind}{PrometheusStop.TotalSeconds:0}s";
}
