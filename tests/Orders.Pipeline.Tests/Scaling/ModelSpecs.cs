using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>ScaledObjects for the model tests: threshold 10 orders/s per replica unless said otherwise.</summary>
internal static class ModelSpecs
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static ScaledObjectSpec Spec(
        double threshold = 10, int min = 1, int max = 100, HpaBehavior? behavior = null,
        double activation = 0, int pollingSeconds = 15, MetricTargetType type = MetricTargetType.AverageValue) =>
        new("orders", "orders",
            new PrometheusTrigger("http://prometheus", "sum(rate(product_order_total[1m]))", threshold, activation, MetricType: type),
            min, max, TimeSpan.FromSeconds(pollingSeconds), null, behavior);

    public static MetricReading Value(double value, DateTimeOffset? at = null) => MetricReading.Ok(at ?? T0, value, value);

    public static HpaBehavior Behavior(HpaScalingRules? up = null, HpaScalingRules? down = null) => new(up, down);
}
