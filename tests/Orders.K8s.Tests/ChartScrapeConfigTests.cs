using System.Text.Json.Nodes;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.ScrapeConfig;
using Orders.K8s.Tests.TestSupport;

namespace Orders.K8s.Tests;

/// <summary>How the tests turn the chart's values and ours into the scrape configuration a cluster runs.</summary>
public sealed class ChartScrapeConfigTests
{
    [Fact]
    public void Values_merge_as_helm_merges_them_maps_by_key_null_removes_lists_replace()
    {
        var chart = Json("""{"a": {"keep": 1, "change": 1, "drop": 1}, "list": [1, 2]}""");
        var ours = Json("""{"a": {"change": 2, "drop": null, "add": 3}, "list": [9]}""");

        var merged = HelmValues.Merge(chart, ours);

        Assert.Equal("""{"a":{"keep":1,"change":2,"add":3},"list":[9]}""", merged.ToJsonString());
    }

    [Fact]
    public void Each_enabled_map_entry_becomes_a_job_named_after_its_key_without_the_enabled_switch()
    {
        var values = Json("""
            {"server": {"global": {"scrape_interval": "15s"}},
             "scrapeConfigs": {
               "b-default": {"enabled": true, "job_name": "", "honor_labels": true},
               "a-ours": {"honor_labels": false},
               "c-off": {"enabled": false, "job_name": ""},
               "d-named": {"enabled": true, "job_name": "custom"}},
             "extraScrapeConfigs": "- job_name: extra\n"}
            """);

        var config = ChartScrapeConfig.Render(values);

        Assert.Equal(["a-ours", "b-default", "custom", "extra"], ChartScrapeConfig.Jobs(config).Select(j => j["job_name"]!.ToString()));
        Assert.All(ChartScrapeConfig.Jobs(config), job => Assert.False(job.ContainsKey("enabled")));
        Assert.Equal("15s", config["global"]!["scrape_interval"]!.ToString());
    }

    [Fact]
    public void The_stand_in_changes_only_discovery_intervals_and_in_cluster_files_and_keeps_every_rule()
    {
        using var directory = new TempDirectory("orders-standin");
        var rendered = PrometheusChart.ScrapeConfig(Values());
        var standIn = new DiscoveryStandIn(directory.Path, "127.0.0.1:1234");

        var rewritten = standIn.Rewrite(rendered, TimeSpan.FromSeconds(1));

        var before = ChartScrapeConfig.Jobs(rendered).ToList();
        var after = ChartScrapeConfig.Jobs(rewritten).ToList();
        Assert.Equal(before.Select(j => j["job_name"]!.ToString()), after.Select(j => j["job_name"]!.ToString()));
        foreach (var (original, standing) in before.Zip(after))
        {
            foreach (var kept in new[] { "relabel_configs", "metric_relabel_configs", "honor_labels", "metrics_path", "scheme", "params" })
            {
                Assert.True(JsonNode.DeepEquals(original[kept], standing[kept]), $"job {original["job_name"]}: {kept} changed");
            }

            Assert.Null(standing["kubernetes_sd_configs"]);
            Assert.Equal((original["kubernetes_sd_configs"] as JsonArray)?.Count, (standing["file_sd_configs"] as JsonArray)?.Count);
        }

        Assert.Equal(["endpointslice", "node", "pod", "service"], standIn.Roles);
        Assert.Equal("1000ms", rewritten["global"]!["scrape_interval"]!.ToString());
        Assert.Contains(after, j => j["static_configs"]?[0]?["targets"]?[0]?.ToString() == "127.0.0.1:1234");
    }

    [Fact]
    public void The_stand_in_refuses_a_static_target_it_would_have_to_reach()
    {
        using var directory = new TempDirectory("orders-standin");
        var config = Json("""{"global": {}, "scrape_configs": [{"job_name": "x", "static_configs": [{"targets": ["db.example:9100"]}]}]}""");

        var error = Assert.Throws<NotSupportedException>(() => new DiscoveryStandIn(directory.Path, "127.0.0.1:1").Rewrite(config, TimeSpan.FromSeconds(1)));

        Assert.Contains("db.example:9100", error.Message, StringComparison.Ordinal);
    }

    private static JsonObject Values() => (JsonObject)YamlToJson.ConvertAll(File.ReadAllText(RepositoryFiles.PrometheusValues)).Single()!;

    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();
}
