using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Orders.K8s.Tests.ScrapeConfig;

/// <summary>
/// Whether a job's `keep` and `drop` rules let a discovered target through, evaluated as Prometheus does
/// (source labels joined by the separator, the regex anchored at both ends). Rules of other actions are
/// skipped: enough for jobs that filter on discovery labels first, as every job here does. The real-Prometheus
/// test (ScalingSignalSourceTests) evaluates every rule.
/// </summary>
public static class RelabelFilter
{
    public static bool Keeps(JsonArray? relabelConfigs, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var rule in (relabelConfigs ?? []).OfType<JsonObject>())
        {
            var action = rule["action"]?.ToString() ?? "replace";
            if (action is not ("keep" or "drop"))
            {
                continue;
            }

            var matches = Matches(rule, labels);
            if ((action == "keep" && !matches) || (action == "drop" && matches))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Matches(JsonObject rule, IReadOnlyDictionary<string, string> labels)
    {
        var sources = (rule["source_labels"] as JsonArray ?? []).Select(l => labels.GetValueOrDefault(l?.ToString() ?? string.Empty, string.Empty));
        var value = string.Join(rule["separator"]?.ToString() ?? ";", sources);
        var regex = rule["regex"]?.ToString() ?? "(.*)";
        return Regex.IsMatch(value, $"^(?:{regex})$", RegexOptions.None, TimeSpan.FromSeconds(1));
    }
}
