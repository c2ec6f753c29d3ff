using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>
/// The reader on ScaledObjects that are not this project's: several named prometheus triggers, scalingModifiers,
/// idleReplicaCount, query parameters, and the fields a replay reads past; refusals name the file, the line, the
/// trigger (index and name) or field, and what would be needed.
/// </summary>
public sealed class SeveralTriggersReaderTests
{
    private const string Yaml = """
        apiVersion: keda.sh/v1alpha1
        kind: ScaledObject
        metadata:
          name: checkout
          namespace: shop
        spec:
          scaleTargetRef:
            name: checkout
          minReplicaCount: 1
          idleReplicaCount: 0
          advanced:
            scalingModifiers:
              formula: "max(rps, queue / 2)"
              target: "5"
              activationTarget: "0.5"
              metricType: Value
          triggers:
            - type: prometheus
              name: rps
              metadata:
                serverAddress: http://thanos:9090
                query: sum(rate(http_requests_total[1m]))
                threshold: "20"
                namespace: shop
                queryParameters: "dedup=true, partial_response=false"
                unsafeSsl: "true"
                customHeaders: X-Scope-OrgID=shop
            - type: prometheus
              name: queue
              metricType: Value
              metadata:
                serverAddress: http://thanos:9090
                query: max(queue_depth)
                threshold: "100"
                activationThreshold: "3"
                ignoreNullValues: "false"
        """;

    [Fact]
    public void Reads_every_trigger_with_its_name_parameters_and_the_modifiers()
    {
        var spec = ScaledObjectReader.Read(Yaml, "checkout.yaml");

        Assert.Equal(["rps", "queue"], spec.Triggers.Select(t => t.Name));
        Assert.Equal([20.0, 100.0], spec.Triggers.Select(t => t.Threshold));
        Assert.Equal(MetricTargetType.Value, spec.Triggers[1].MetricType);
        Assert.False(spec.Triggers[1].IgnoreNullValues);
        Assert.Equal(
            [new("namespace", "shop"), new("dedup", "true"), new("partial_response", "false")],
            spec.Triggers[0].ExtraParameters);
        Assert.Equal(0, spec.IdleReplicaCount);
        var modifiers = spec.Modifiers!;
        Assert.Equal((5.0, 0.5, MetricTargetType.Value), (modifiers.Target, modifiers.ActivationTarget, modifiers.MetricType));
        Assert.Equal(7, modifiers.Formula.Evaluate([7, 8]));
        Assert.Equal([new HpaMetric("composite-metric", MetricTargetType.Value, 5)], spec.Metrics);
    }

    [Fact]
    public void Notes_the_fields_a_replay_reads_past_and_keeps_the_custom_headers_it_sends()
    {
        var spec = ScaledObjectReader.Read(Yaml, "checkout.yaml");

        Assert.Contains(spec.Notes, n => n.StartsWith("spec.triggers[0] ('rps').metadata.unsafeSsl ignored", StringComparison.Ordinal));
        Assert.DoesNotContain(spec.Notes, n => n.Contains("customHeaders", StringComparison.Ordinal));
        Assert.Equal("X-Scope-OrgID=shop", spec.Triggers[0].CustomHeaders);
    }

    [Fact]
    public void Without_modifiers_each_trigger_is_a_metric_of_its_own()
    {
        var yaml = Yaml.Replace("  advanced:\n    scalingModifiers:\n      formula: \"max(rps, queue / 2)\"\n      target: \"5\"\n      activationTarget: \"0.5\"\n      metricType: Value\n", "", StringComparison.Ordinal);

        var spec = ScaledObjectReader.Read(yaml, "checkout.yaml");

        Assert.Null(spec.Modifiers);
        Assert.Equal(
            [new HpaMetric("s0-prometheus", MetricTargetType.AverageValue, 20), new HpaMetric("s1-prometheus", MetricTargetType.Value, 100)],
            spec.Metrics);
    }

    [Theory]
    [InlineData("- type: prometheus\n      name: queue", "- type: cpu\n      name: queue",
        "checkout.yaml:1: ScaledObject 'checkout': spec.triggers[1] ('queue') is of type cpu: cpu triggers need the pods' cpu usage history")]
    [InlineData("- type: prometheus\n      name: queue", "- type: kafka\n      name: queue",
        "spec.triggers[1] ('queue') is of type kafka: kafka triggers need the history of their own source (kafka)")]
    [InlineData("name: queue", "name: rps", "triggerName \"rps\" is defined multiple times")]
    [InlineData("idleReplicaCount: 0", "idleReplicaCount: 1", "IdleReplicaCount=1 must be less than MinReplicaCount=1")]
    [InlineData("      target: \"5\"\n", "", "scalingModifiers.target is required with a formula")]
    [InlineData("target: \"5\"", "target: \"0\"", "scalingModifiers.target '0' must be a number > 0")]
    [InlineData("max(rps, queue / 2)", "count([rps, queue], {# > 1})", "function 'count' is not supported")]
    [InlineData("max(rps, queue / 2)", "rps + orders", "'orders' at column 7 is not the name of a trigger (the triggers are named rps, queue)")]
    [InlineData("metricType: Value\n  triggers", "metricType: Utilization\n  triggers", "scalingModifiers.metricType 'Utilization' is not AverageValue or Value")]
    public void Refuses_naming_the_trigger_or_field(string from, string to, string expected)
    {
        var yaml = Yaml.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Yaml, yaml);

        var error = Assert.Throws<InvalidDataException>(() => ScaledObjectReader.Read(yaml, "checkout.yaml"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("checkout.yaml:1: ScaledObject 'checkout'", error.Message, StringComparison.Ordinal);
    }
}
