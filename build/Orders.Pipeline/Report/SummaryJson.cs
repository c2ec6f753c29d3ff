using System.Text;
using System.Text.Json;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Report;

/// <summary>
/// <c>summary.json</c>, the figures scripts read, in exactly this shape (issue 10):
/// <c>{"scaledObjects":[{"name","source","query","peakReplicas":{"min","median","max"},"secondsToPeak":{…},
/// "secondsBackToMin":{…},"warnings":[…]}]}</c>. Seconds count from the load's start (to peak) and end (back to
/// min). Written with relaxed escaping (quotes as \", not \u0022): the file is read by scripts, never embedded in HTML.
/// A figure is null when no HPA timing got there within the range (never scaled up, not back to min yet);
/// inside a figure, a null max says some timings did not get there. <c>"model":{"kubernetes","keda"}</c> names the
/// versions whose arithmetic the figures follow (issue 22), added beside the issue 10 shape. Each ScaledObject's
/// <c>"fallback"</c> (issue 23) is null without <c>spec.fallback</c>, else <c>{"failureThreshold","replicas","behavior",
/// "inForce":[{"from","to"}],"timings","timingsInForce"}</c>, seconds from the start of the run or range.
/// </summary>
public static class SummaryJson
{
    /// <param name="History">The production-history figures (a replay, issue 24); not written when null.</param>
    /// <param name="LoadStep">Whether the range held a load step (a replay); the step figures are null when it did not.</param>
    public sealed record Entry(
        string Name, string Source, string Query, ScalingRanges Ranges, IReadOnlyList<string> Warnings, FallbackPeriods? Fallback = null,
        HistoryRanges? History = null, bool? LoadStep = null);

    public static string Render(IEnumerable<Entry> entries, ModelVersions? versions = null)
    {
        var modelled = versions ?? ModelVersions.Default;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("model");
            json.WriteString("kubernetes", $"{modelled.Kubernetes.Major}.{modelled.Kubernetes.Minor}");
            json.WriteString("keda", modelled.Keda.ToString());
            json.WriteEndObject();
            json.WriteStartArray("scaledObjects");
            foreach (var e in entries)
            {
                json.WriteStartObject();
                json.WriteString("name", e.Name);
                json.WriteString("source", e.Source);
                json.WriteString("query", e.Query);
                Figure(json, "peakReplicas", e.Ranges.PeakReplicas);
                Figure(json, "secondsToPeak", e.Ranges.SecondsToPeak);
                Figure(json, "secondsBackToMin", e.Ranges.SecondsBackToMin);
                if (e.LoadStep is { } step)
                {
                    // A replay's additions (issue 24), after issue 10's shape, which Local keeps exactly.
                    Figure(json, "secondsToRight", e.Ranges.SecondsToRight);
                    json.WriteBoolean("loadStep", step);
                }
                if (e.History is { } history)
                {
                    History(json, history);
                }
                json.WriteStartArray("warnings");
                foreach (var w in e.Warnings)
                {
                    json.WriteStringValue(w);
                }
                json.WriteEndArray();
                Fallback(json, e.Fallback);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string Render(RunReport report) =>
        Render(report.ScaledObjects.Select(r => new Entry(r.Label, r.Source, r.Spec.FirstTrigger.Query, report.Ranges(r), report.Warnings(r), report.Fallback(r))),
            report.ScaledObjects[0].Versions);

    /// <summary>Names <c>--expect</c> reads: <c>replicaHours.median</c>, <c>underCapacity.share.max</c>, <c>replicaChanges.max</c>.</summary>
    private static void History(Utf8JsonWriter json, HistoryRanges history)
    {
        Values(json, "replicaHours", history.ReplicaHours, 3);
        json.WriteStartObject("underCapacity");
        Values(json, "seconds", history.UnderCapacitySeconds, 0);
        Values(json, "share", history.UnderCapacityShare, 4);
        json.WriteEndObject();
        Values(json, "replicaHoursAboveNeed", history.ReplicaHoursAboveNeed, 3);
        Values(json, "replicaChanges", history.ScaleEvents, 0);
        Values(json, "scaleEventsPerDay", history.ScaleEventsPerDay, 2);
        Values(json, "secondsAtMax", history.SecondsAtMax, 0);
    }

    private static void Values(Utf8JsonWriter json, string name, ValueRange range, int decimals)
    {
        json.WriteStartObject(name);
        json.WriteNumber("min", Math.Round(range.Min, decimals));
        json.WriteNumber("median", Math.Round(range.Median, decimals));
        json.WriteNumber("max", Math.Round(range.Max, decimals));
        json.WriteEndObject();
    }

    private static void Fallback(Utf8JsonWriter json, FallbackPeriods? periods)
    {
        if (periods?.Fallback is not { } fallback)
        {
            json.WriteNull("fallback");
            return;
        }
        json.WriteStartObject("fallback");
        json.WriteNumber("failureThreshold", fallback.FailureThreshold);
        json.WriteNumber("replicas", fallback.Replicas);
        json.WriteString("behavior", fallback.BehaviorName);
        json.WriteStartArray("inForce");
        foreach (var (from, to) in periods.Periods)
        {
            json.WriteStartObject();
            json.WriteNumber("from", from);
            json.WriteNumber("to", to);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("timings", periods.Timings);
        json.WriteNumber("timingsInForce", periods.TimingsInForce);
        json.WriteEndObject();
    }

    private static void Figure(Utf8JsonWriter json, string name, FigureRange range)
    {
        if (range.Min is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        Number(json, "min", range.Min);
        Number(json, "median", range.Median);
        Number(json, "max", range.Max);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
