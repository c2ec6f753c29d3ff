namespace Orders.Pipeline.Monitoring;

/// <summary>Where the monitoring files live in the repository: k8s/monitoring holds the only copy of the
/// rules and the dashboard; everything else (the chart's values, Local's Prometheus) is derived from it.</summary>
public sealed record MonitoringFiles(string Directory)
{
    public static MonitoringFiles In(string repositoryRoot) => new(Path.Combine(repositoryRoot, "k8s", "monitoring"));

    public string AlertingRules => Path.Combine(Directory, "alerting_rules.yml");

    public string RecordingRules => Path.Combine(Directory, "recording_rules.yml");

    public string Dashboard => Path.Combine(Directory, "orders-dashboard.json");

    public string RuleTests => Path.Combine(Directory, "tests");

    public IReadOnlyList<string> RuleFiles => [RecordingRules, AlertingRules];
}
