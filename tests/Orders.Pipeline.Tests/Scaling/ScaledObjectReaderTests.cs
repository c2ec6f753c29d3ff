using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Scaling;

public sealed class ScaledObjectReaderTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    [Fact]
    public void Reads_the_trigger_limits_and_behavior_from_rendered_manifests()
    {
        var spec = ScaledObjectReader.Read(Fixture("rendered-base.yaml"), "rendered-base.yaml");

        Assert.Equal("orders", spec.Name);
        Assert.Equal("orders", spec.Namespace);
        Assert.Equal("sum(rate(product_order_total{namespace=\"orders\"}[1m]))", spec.FirstTrigger.Query);
        Assert.Equal(10, spec.FirstTrigger.Threshold);
        Assert.Equal(0.5, spec.FirstTrigger.ActivationThreshold);
        Assert.True(spec.FirstTrigger.IgnoreNullValues);
        Assert.Equal(MetricTargetType.AverageValue, spec.FirstTrigger.MetricType);
        Assert.Equal((1, 10), (spec.MinReplicaCount, spec.MaxReplicaCount));
        Assert.Equal(TimeSpan.FromSeconds(15), spec.Polling);
        Assert.Equal(TimeSpan.FromSeconds(300), spec.Cooldown);

        var behavior = spec.Behavior!.WithDefaults();
        Assert.Equal(TimeSpan.FromSeconds(60), behavior.ScaleDown!.StabilizationWindow);
        Assert.Equal([new HpaScalingPolicy(ScalingPolicyType.Percent, 50, TimeSpan.FromSeconds(15))], behavior.ScaleDown.Policies!);
        Assert.Equal(HpaScalingRules.DefaultScaleUp.Policies, behavior.ScaleUp!.Policies);
        Assert.Equal(TimeSpan.Zero, behavior.ScaleUp.StabilizationWindow);
    }

    [Fact]
    public void Fills_KEDA_defaults_and_leaves_behavior_null_when_none_is_set()
    {
        var spec = ScaledObjectReader.Read(Fixture("rendered-tutorial.yaml"), "rendered-tutorial.yaml");

        Assert.Equal("sum(rate(product_order_total[5m])) * 300", spec.FirstTrigger.Query);
        Assert.Equal(100, spec.FirstTrigger.Threshold);
        Assert.Equal(0, spec.FirstTrigger.ActivationThreshold);
        Assert.Equal(TimeSpan.FromSeconds(30), spec.Polling);
        Assert.Equal(TimeSpan.FromSeconds(30), spec.Cooldown);
        Assert.Equal(2, spec.HpaMinReplicas);
        Assert.Null(spec.Behavior);
    }

    [Theory]
    [InlineData("threshold: \"10\"", "threshold: \"ten\"", "spec.triggers[0].metadata.threshold 'ten'")]
    [InlineData("minReplicaCount: 1", "minReplicaCount: -1", "minReplicaCount '-1'")]
    [InlineData("type: Percent", "type: Share", "policies[].type 'Share'")]
    [InlineData("        query: sum(rate(product_order_total{namespace=\"orders\"}[1m]))\n", "", "metadata.query is required")]
    public void A_bad_field_gives_an_error_naming_the_file_line_and_field(string from, string to, string expected)
    {
        var yaml = Fixture("rendered-base.yaml").Replace(from, to, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => ScaledObjectReader.Read(yaml, "base.yaml"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("base.yaml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("ScaledObject 'orders'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifests_without_a_ScaledObject_say_how_to_render_them()
    {
        var error = Assert.Throws<InvalidDataException>(() => ScaledObjectReader.Read("kind: Service\nmetadata:\n  name: x\n", "x.yaml"));

        Assert.Contains("kubectl kustomize", error.Message, StringComparison.Ordinal);
    }
}
