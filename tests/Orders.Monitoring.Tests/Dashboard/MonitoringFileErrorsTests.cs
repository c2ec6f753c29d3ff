using Orders.Pipeline.Monitoring;

namespace Orders.Monitoring.Tests.Dashboard;

/// <summary>Bad or missing monitoring files fail with a message naming the file and what to do.</summary>
public sealed class MonitoringFileErrorsTests
{
    [Fact]
    public void A_dashboard_that_is_not_JSON_is_named_with_its_line()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("dashboard.json");
        File.WriteAllText(path, "{\n  \"panels\": [\n    {,}\n  ]\n}\n");

        var error = Assert.Throws<InvalidDataException>(() => DashboardDocument.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_files_are_appended_to_a_local_config_and_a_missing_one_is_named()
    {
        using var dir = new TempDirectory();
        var files = new MonitoringFiles(dir.Path);
        File.WriteAllText(files.RecordingRules, "groups: []\n");
        File.WriteAllText(files.AlertingRules, "groups: []\n");

        var config = PrometheusRuleFiles.AppendTo("global:\n  scrape_interval: 1s\n", files);
        File.Delete(files.AlertingRules);

        Assert.Equal($"global:\n  scrape_interval: 1s\nrule_files:\n  - \"{files.RecordingRules}\"\n  - \"{files.AlertingRules}\"\n", config);
        var error = Assert.Throws<FileNotFoundException>(() => PrometheusRuleFiles.AppendTo("global: {}\n", files));
        Assert.Contains("alerting_rules.yml", error.Message, StringComparison.Ordinal);
    }
}
