using System.Text.Json.Nodes;

namespace Orders.K8s.Tests.ScrapeConfig;

/// <summary>
/// Helm's merge of a values file over a chart's values.yaml (`helm install --values`): maps merge key by key,
/// a null removes the chart's key, anything else (a list, a scalar) replaces it whole.
/// </summary>
public static class HelmValues
{
    public static JsonObject Merge(JsonObject chartValues, JsonObject overrides)
    {
        var merged = chartValues.DeepClone().AsObject();
        MergeInto(merged, overrides);
        return merged;
    }

    private static void MergeInto(JsonObject target, JsonObject overrides)
    {
        foreach (var (key, value) in overrides)
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject map && target[key] is JsonObject existing)
            {
                MergeInto(existing, map);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }
}
