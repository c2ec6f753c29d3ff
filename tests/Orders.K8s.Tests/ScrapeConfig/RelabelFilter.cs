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

    /// <summary>
    /// The labels a target keeps after every rule, or null when a rule drops it: keep, drop, replace (the
    /// default action; an empty result removes the target label) and labelmap, as Prometheus applies them.
    /// </summary>
    public static Dictionary<string, string>? Apply(JsonArray? relabelConfigs, IReadOnlyDictionary<string, string> labels)
    {
        var current = new Dictionary<string, string>(labels);
        foreach (var rule in (relabelConfigs ?? []).OfType<JsonObject>())
        {
            var action = rule["action"]?.ToString() ?? "replace";
            var regex = new Regex($"^(?:{rule["regex"]?.ToString() ?? "(.*)"})$", RegexOptions.None, TimeSpan.FromSeconds(1));
            var replacement = rule["replacement"]?.ToString() ?? "$1";
            switch (action)
            {
                case "keep" when !Matches(rule, current):
                case "drop" when Matches(rule, current):
                    return null;
                case "keep" or "drop":
                    break;
                case "replace":
                    var sources = (rule["source_labels"] as JsonArray ?? []).Select(l => current.GetValueOrDefault(l?.ToString() ?? string.Empty, string.Empty));
                    var match = regex.Match(string.Join(rule["separator"]?.ToString() ?? ";", sources));
                    if (match.Success)
                    {
                        var target = rule["target_label"]!.ToString();
                        var value = match.Result(replacement);
                        if (value.Length == 0)
                        {
                            current.Remove(target);
                        }
                        else
                        {
                            current[target] = value;
                        }
                    }

                    break;
                case "labelmap":
                    foreach (var (name, value) in current.Where(l => regex.IsMatch(l.Key)).ToList())
                    {
                        current[regex.Match(name).Result(replacement)] = value;
                    }

                    break;
                default:
                    throw new NotSupportedException($"relabel action {action}");
            }
        }

        return current;
    }

    public static bool Matches(JsonObject rule, IReadOnlyDictionary<string, string> labels)
    {
        var sources = (rule["source_labels"] as JsonArray ?? []).Select(l => labels.GetValueOrDefault(l?.ToString() ?? string.Empty, string.Empty));
        var value = string.Join(rule["separator"]?.ToString() ?? ";", sources);
        var regex = rule["regex"]?.ToString() ?? "(.*)";
        return Regex.IsMatch(value, $"^(?:{regex})$", RegexOptions.None, TimeSpan.FromSeconds(1));
    }
}
