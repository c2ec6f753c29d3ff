using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.ScrapeConfig;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// The chart installs no Pushgateway (its default does): anyone who can reach one can push any series with
/// any labels, and the chart scrapes it keeping those labels.
/// </summary>
public sealed class NoPushgateway : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        var enabled = PrometheusChart.MergedValues(manifests.PrometheusValues)["prometheus-pushgateway"]?["enabled"];
        if (enabled?.ToString() != "false")
        {
            yield return new(ExporterJob.ValuesFile, "prometheus-pushgateway.enabled",
                "false (a Pushgateway accepts any series, with any labels, from anyone who reaches it)", Describe.Value(enabled));
        }
    }
}
