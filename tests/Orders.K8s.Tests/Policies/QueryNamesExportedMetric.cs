using System.Text.RegularExpressions;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// The prometheus trigger's query reads the order counter the exporter exports. A misspelt metric returns
/// an empty result, which KEDA reads as 0 (or as an error with ignoreNullValues false): no scaling either way.
/// </summary>
public sealed partial class QueryNamesExportedMetric : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        foreach (var scaledObject in manifests.ScaledObjects)
        {
            foreach (var (query, path) in ScaledObjectTriggers.PrometheusQueries(scaledObject))
            {
                var named = MetricNames().Matches(query).Select(m => m.Value).Where(IsMetricLike).ToList();
                var unknown = named.Where(n => !ExporterContract.ExportedMetrics.Contains(n)).ToList();
                if (!named.Contains(ExporterContract.OrderMetric) || unknown.Count > 0)
                {
                    yield return new(Describe.Object(scaledObject), path,
                        $"a query on {ExporterContract.OrderMetric}, naming only metrics the exporter exports ({string.Join(", ", ExporterContract.ExportedMetrics)})",
                        Describe.Value(query));
                }
            }
        }
    }

    // A heuristic, enough for the queries here: identifiers followed by `{`, `[`, `)` or the end are series
    // selectors; functions and aggregations are followed by `(` and label matchers sit inside braces, so
    // neither is taken for a metric. A `by (label_name)` clause would be; extend this if a query needs one.
    private static bool IsMetricLike(string name) => name.Contains('_', StringComparison.Ordinal);

    [GeneratedRegex(@"(?<![{,=""\w])[a-zA-Z_:][a-zA-Z0-9_:]*(?=\s*([\[{)]|$))")]
    private static partial Regex MetricNames();
}
