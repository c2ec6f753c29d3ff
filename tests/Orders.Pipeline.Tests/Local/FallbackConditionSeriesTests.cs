using System.Globalization;
using Orders.Pipeline.Local;
using Orders.Pipeline.Monitoring;
using Orders.Pipeline.Scaling;
using Orders.Pipeline.Tests.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;
using RepositoryRoot = Orders.TestSupport.RepositoryRoot;

namespace Orders.Pipeline.Tests.Local;

/// <summary>
/// The chaos run's stand-in for kube-state-metrics (issue 23 item 2): the ScaledObject's condition Fallback written
/// from the model, under the name and labels k8s/prometheus-values.yaml configures and the alert selects.
/// </summary>
public sealed class FallbackConditionSeriesTests
{
    private static readonly ScaledObjectConditionMetric Metric = ScaledObjectConditionMetric.Read(RepositoryRoot.Combine("k8s", "prometheus-values.yaml"));

    private static ScaledObjectSpec Manifest() =>
        ScaledObjectReader.Read(File.ReadAllText(RepositoryRoot.Combine("k8s", "base", "scaledobject.yaml")), "k8s/base/scaledobject.yaml");

    /// <summary>A 60 s outage (t=120-180) at a hold the fallback's 6 replicas exceed; the model falls back at t=135.</summary>
    private static IReadOnlyList<(double At, string Labels, int Value)> Outage()
    {
        var spec = Manifest();
        var hpa = new HpaHarness(spec, initialReplicas: spec.MinReplicaCount).Run(300, t => t is >= 120 and < 180 ? null : 25, poll: true);
        var text = FallbackConditionSeries.Render(Metric, spec, "orders", hpa.Steps, T0, T0.AddSeconds(300));
        Assert.EndsWith("# EOF\n", text, StringComparison.Ordinal); // promtool's OpenMetrics parser requires it
        return text.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(line =>
        {
            var parts = line.Split(' ');
            return ((double.Parse(parts[2], CultureInfo.InvariantCulture) - T0.ToUnixTimeSeconds()), parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture));
        }).ToList();
    }

    [Fact]
    public void Is_the_series_the_alert_reads_with_kube_state_metrics_labels()
    {
        var (_, labels, _) = Outage()[0];

        Assert.StartsWith(Metric.Name + "{", labels, StringComparison.Ordinal);
        foreach (var label in new[] { "namespace=\"orders\"", $"scaledobject=\"{Manifest().Name}\"", "condition=\"Fallback\"", "customresource_group=\"keda.sh\"", "customresource_kind=\"ScaledObject\"", "customresource_version=\"v1alpha1\"" })
        {
            Assert.Contains(label, labels, StringComparison.Ordinal);
        }
        var rules = File.ReadAllText(RepositoryRoot.Combine("k8s", "monitoring", "alerting_rules.yml"));
        Assert.Contains($"{Metric.Name}{{{Metric.ConditionLabel}=\"Fallback\"}}", rules, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_1_from_the_read_that_falls_back_to_the_first_good_read_and_0_otherwise()
    {
        var samples = Outage();

        // One sample per kube-state-metrics scrape (15 s, the chart's global interval), outage included.
        Assert.Equal(Enumerable.Range(0, 21).Select(i => i * 15.0), samples.Select(s => s.At));
        // The 4th failed read (t=135, the HPA's) falls back; the first good read after t=180 ends it.
        Assert.Equal(samples.Select(s => s.At is >= 135 and < 180 ? 1 : 0), samples.Select(s => s.Value));
    }

    [Fact]
    public void Follows_the_kube_state_metrics_configuration_of_the_values()
    {
        // Given the values with another prefix for the ScaledObject's series
        using var temp = new TempDirectory("orders-condition-metric");
        var values = ValuesWith(temp, "metricNamePrefix: kube_scaledobject", "metricNamePrefix: keda_scaledobject");

        // Then the series written is named after it
        Assert.Equal("keda_scaledobject_status_condition", ScaledObjectConditionMetric.Read(values).Name);
        Assert.Equal(TimeSpan.FromSeconds(15), Metric.ScrapeInterval); // the chart's global scrape_interval
    }

    [Fact]
    public void A_label_missing_from_the_values_is_named_in_the_error()
    {
        // Given the values without the ScaledObject's label from [metadata, name]
        using var temp = new TempDirectory("orders-condition-metric");
        var values = ValuesWith(temp, "scaledobject: [metadata, name]", "scaledobject: [metadata, uid]");

        // Then reading it says which label is missing, and where (it threw NullReferenceException before)
        var error = Assert.Throws<InvalidDataException>(() => ScaledObjectConditionMetric.Read(values));
        Assert.Contains("none from [metadata, name]", error.Message, StringComparison.Ordinal);
        Assert.Contains(values, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stays_0_through_an_outage_shorter_than_the_failure_threshold()
    {
        var spec = Manifest();
        var hpa = new HpaHarness(spec, initialReplicas: spec.MinReplicaCount).Run(300, t => t is >= 120 and < 135 ? null : 25, poll: true);

        var text = FallbackConditionSeries.Render(Metric, spec, "orders", hpa.Steps, T0, T0.AddSeconds(300));

        Assert.DoesNotContain("\"} 1 ", text, StringComparison.Ordinal);
    }

    // k8s/prometheus-values.yaml with one line changed, written into temp.
    private static string ValuesWith(TempDirectory temp, string line, string replacement)
    {
        var values = temp.Combine("prometheus-values.yaml");
        var text = File.ReadAllText(RepositoryRoot.Combine("k8s", "prometheus-values.yaml"));
        Assert.Contains(line, text, StringComparison.Ordinal);
        File.WriteAllText(values, text.Replace(line, replacement, StringComparison.Ordinal));
        return values;
    }
}
