using System.Globalization;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Monitoring;

/// <summary>
/// The report's "alerts:" line: which alerts fired (or were pending) at any time between two instants,
/// from Prometheus's ALERTS series, and how many alerting rules it had loaded (/api/v1/rules), so "none
/// fired" can be told apart from "no rules".
/// </summary>
public sealed class AlertsSummary(PrometheusClient prometheus)
{
    public async Task<string> LineAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var rules = await CountAlertingRulesAsync(cancellationToken);
        if (rules == 0)
        {
            return "alerts: no alerting rules loaded in Prometheus: add k8s/monitoring's rule files to its rule_files (PrometheusRuleFiles.AppendTo)";
        }
        var fired = await AlertNamesAsync("firing", from, to, cancellationToken);
        var pending = (await AlertNamesAsync("pending", from, to, cancellationToken)).Except(fired).ToList();
        var firedText = fired.Count == 0 ? "none fired" : "fired: " + string.Join(", ", fired);
        var pendingText = pending.Count == 0 ? "" : "; pending, not long enough to fire: " + string.Join(", ", pending);
        return $"alerts: {firedText}{pendingText} ({rules} alerting rules loaded)";
    }

    private async Task<IReadOnlyList<string>> AlertNamesAsync(string state, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling((to - from).TotalSeconds));
        var query = string.Create(CultureInfo.InvariantCulture, $"max by (alertname) (max_over_time(ALERTS{{alertstate=\"{state}\"}}[{seconds}s]))");
        var result = await prometheus.QueryAsync(query, to, cancellationToken);
        return result.Samples.Select(s => s.Labels.TryGetValue("alertname", out var n) ? n : "?").Order(StringComparer.Ordinal).ToList();
    }

    private async Task<int> CountAlertingRulesAsync(CancellationToken cancellationToken)
    {
        var data = await prometheus.GetDataAsync("api/v1/rules?type=alert", cancellationToken);
        return data.GetProperty("groups").EnumerateArray()
            .Sum(g => g.GetProperty("rules").GetArrayLength());
    }
}
