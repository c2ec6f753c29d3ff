using System.Globalization;
using System.Text.Json;

namespace Orders.Pipeline.Replay;

/// <summary>
/// Judges --expect gates against summary.json, so a gate names exactly what a script would read. A NAME is a
/// path of keys (<c>fallback.timingsInForce</c>); a key may be shortened to a prefix only it starts with
/// (<c>peak</c> for <c>peakReplicas</c>). A figure over the HPA timings (<c>{min, median, max}</c>) named whole
/// must hold for every timing: its min and its max. A null value (no timing got there within the range) fails
/// every gate, because "never" is not a number a bound can be met by. <see cref="Failures"/> runs before the
/// report is written: an unknown name or label is bad input (exit 2, nothing written), listing what there is.
/// </summary>
public static class ExpectationCheck
{
    /// <summary>One line per failed gate and ScaledObject, with the actual value; empty when all hold. A gate naming
    /// a label or a figure that does not exist throws, naming the ones there are.</summary>
    public static IReadOnlyList<string> Failures(IReadOnlyList<Expectation> expectations, string summaryJson)
    {
        using var summary = JsonDocument.Parse(summaryJson);
        var entries = Entries(summary.RootElement);
        var failures = new List<string>();
        foreach (var expectation in expectations)
        {
            foreach (var (label, entry) in Matching(expectation, entries))
            {
                var value = Find(entry, expectation) ?? throw new ArgumentException(
                    $"--expect '{expectation.Text}': {label} has no figure '{expectation.Name}' in summary.json; the names are {string.Join(", ", Names(entry, ""))}.");
                var actual = value.ValueKind == JsonValueKind.Object
                    ? new[] { "min", "max" }.Select(k => value.TryGetProperty(k, out var v) ? v : default).ToList()
                    : [value];
                if (!actual.All(v => v.ValueKind == JsonValueKind.Number && expectation.HoldsFor(v.GetDouble())))
                {
                    failures.Add($"expectation failed: {(expectation.Label is null ? label + ": " : "")}{expectation.Text} (actual {Show(value)})");
                }
            }
        }
        return failures;
    }

    private static List<(string Label, JsonElement Entry)> Entries(JsonElement root) =>
        [.. root.GetProperty("scaledObjects").EnumerateArray().Select(e => (e.GetProperty("name").GetString() ?? "", e))];

    private static IEnumerable<(string Label, JsonElement Entry)> Matching(Expectation expectation, List<(string Label, JsonElement Entry)> entries)
    {
        if (expectation.Label is null)
        {
            return entries;
        }
        var found = entries.Where(e => e.Label == expectation.Label).ToList();
        return found.Count > 0 ? found : throw new ArgumentException(
            $"--expect '{expectation.Text}': no ScaledObject is labelled '{expectation.Label}'; the labels are {string.Join(", ", entries.Select(e => e.Label))}.");
    }

    private static JsonElement? Find(JsonElement entry, Expectation expectation)
    {
        var current = entry;
        foreach (var key in expectation.Name.Split('.'))
        {
            if (current.ValueKind == JsonValueKind.Null)
            {
                return current; // a figure no timing reached: null, min and max alike
            }
            if (current.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            if (!current.TryGetProperty(key, out var next))
            {
                var prefixed = current.EnumerateObject().Where(p => p.Name.StartsWith(key, StringComparison.Ordinal)).ToList();
                if (prefixed.Count != 1)
                {
                    return null;
                }
                next = prefixed[0].Value;
            }
            current = next;
        }
        return current.ValueKind is JsonValueKind.Number or JsonValueKind.Null || IsFigure(current) ? current : null;
    }

    private static bool IsFigure(JsonElement e) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("min", out _) && e.TryGetProperty("max", out _);

    /// <summary>Every name a gate can use: numbers, nulls and figures, as dotted paths.</summary>
    private static IEnumerable<string> Names(JsonElement element, string prefix)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix + property.Name;
            if (property.Value.ValueKind is JsonValueKind.Number or JsonValueKind.Null || IsFigure(property.Value))
            {
                yield return name;
            }
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var inner in Names(property.Value, name + "."))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "null: no HPA timing got there within the range",
        JsonValueKind.Number => value.GetDouble().ToString("0.###", CultureInfo.InvariantCulture),
        _ => string.Join(" / ", new[] { "min", "median", "max" }.Select(k => value.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetDouble().ToString("0.###", CultureInfo.InvariantCulture) : "null")) + " (min / median / max)",
    };
}
