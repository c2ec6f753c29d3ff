using System.Globalization;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Monitoring;

/// <summary>
/// Sends every query of a dashboard to a real Prometheus, with its variables substituted as Grafana would
/// (each <c>label_values</c> variable takes the first value Prometheus lists), and counts the queries that
/// return at least one finite value: an empty panel (kedacore/keda#4198) or a variable that selects nothing
/// shows up here instead of in front of an operator.
/// </summary>
public sealed class DashboardQueryCheck(PrometheusClient prometheus)
{
    /// <summary>Grafana's built-in interval for rate(): 1m is 4 scrapes in the cluster (15 s) and many locally.</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultBuiltIns = new Dictionary<string, string>
    {
        ["__rate_interval"] = "1m",
        ["__interval"] = "15s",
        ["__range"] = "1h",
    };

    public async Task<DashboardCheckResult> RunAsync(DashboardDocument dashboard, DateTimeOffset at, DashboardQueryScope scope,
        CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(DefaultBuiltIns);
        foreach (var variable in dashboard.Variables.Where(v => v.Selector is not null))
        {
            if (await FirstValueAsync(variable, values, at, cancellationToken) is { } value)
            {
                values[variable.Name] = value;
            }
        }

        var failures = new List<DashboardQueryFailure>();
        var targets = dashboard.Targets.ToList();
        var included = targets.Where(scope.Include).ToList();
        foreach (var target in included)
        {
            var query = DashboardDocument.Substitute(target.Expr, values);
            try
            {
                var result = await prometheus.QueryAsync(query, at, cancellationToken);
                if (!result.Samples.Any(s => double.IsFinite(s.Value)))
                {
                    failures.Add(new DashboardQueryFailure(target.Panel, target.RefId, query,
                        result.IsEmpty ? "empty result" : "only NaN or infinite values"));
                }
            }
            catch (PrometheusQueryException e)
            {
                failures.Add(new DashboardQueryFailure(target.Panel, target.RefId, query, e.Message));
            }
        }
        return new DashboardCheckResult(included.Count, failures, targets.Count - included.Count, scope.LeftOutNote, values);
    }

    private async Task<string?> FirstValueAsync(DashboardVariable variable, IReadOnlyDictionary<string, string> values, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"group by ({variable.Label}) ({DashboardDocument.Substitute(variable.Selector!, values)})");
        try
        {
            var result = await prometheus.QueryAsync(query, at, cancellationToken);
            return result.Samples
                .Select(s => s.Labels.TryGetValue(variable.Label!, out var v) ? v : null)
                .Where(v => !string.IsNullOrEmpty(v))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
        }
        catch (PrometheusQueryException)
        {
            return null; // the queries that use it will fail and be reported with their panel
        }
    }
}
