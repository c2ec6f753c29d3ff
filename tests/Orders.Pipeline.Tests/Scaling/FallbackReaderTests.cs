using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>spec.fallback as KEDA's CRD reads it: both counts required, behavior defaulting to static.</summary>
public sealed class FallbackReaderTests
{
    private static string ScaledObject(string fallback) => $$"""
        apiVersion: keda.sh/v1alpha1
        kind: ScaledObject
        metadata:
          name: orders
        spec:
          scaleTargetRef:
            name: orders
        {{fallback}}
          triggers:
            - type: prometheus
              metadata:
                serverAddress: http://prometheus
                query: sum(rate(product_order_total[1m]))
                threshold: "10"
        """;

    private static ScaledObjectSpec Read(string fallback) => ScaledObjectReader.Read(ScaledObject(fallback), "so.yaml");

    [Fact]
    public void No_fallback_reads_as_none()
    {
        Assert.Null(Read("").Fallback);
    }

    [Fact]
    public void Behavior_defaults_to_static()
    {
        Assert.Equal(new KedaFallback(2, 5, FallbackBehavior.Static), Read("  fallback: {failureThreshold: 2, replicas: 5}").Fallback);
    }

    [Fact]
    public void Reads_every_modelled_behavior()
    {
        Assert.Equal(FallbackBehavior.CurrentReplicasIfLower,
            Read("  fallback: {failureThreshold: 0, replicas: 5, behavior: currentReplicasIfLower}").Fallback!.Behavior);
    }

    [Theory]
    [InlineData("  fallback: {failureThreshold: 3}", "fallback.replicas is required")]
    [InlineData("  fallback: {failureThreshold: -1, replicas: 6}", "failureThreshold '-1' is not a whole number >= 0")]
    [InlineData("  fallback: {failureThreshold: 3, replicas: 6, behavior: sometimes}", "fallback.behavior 'sometimes' is not one of")]
    [InlineData("  fallback: {failureThreshold: 3, replicas: 6, behavior: scalingModifiers}", "'scalingModifiers' is not modelled")]
    public void A_bad_fallback_names_the_field(string fallback, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(fallback));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("so.yaml", error.Message, StringComparison.Ordinal);
    }
}
