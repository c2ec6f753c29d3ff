using System.Text.Json.Nodes;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.TestSupport;

namespace Orders.K8s.Tests.ScrapeConfig;

/// <summary>
/// The chart's own values.yaml (TestData/README.md says where it came from) and what it renders merged with
/// k8s/prometheus-values.yaml, as `helm upgrade --install ... --values k8s/prometheus-values.yaml` does.
/// </summary>
public static class PrometheusChart
{
    private static readonly Lazy<JsonObject> Defaults = new(() =>
        (JsonObject)YamlToJson.ConvertAll(File.ReadAllText(RepositoryFiles.PrometheusChartValues)).Single()!);

    public static JsonObject MergedValues(JsonObject overrides) => HelmValues.Merge(Defaults.Value, overrides);

    public static JsonObject ScrapeConfig(JsonObject overrides) => ChartScrapeConfig.Render(MergedValues(overrides));
}
