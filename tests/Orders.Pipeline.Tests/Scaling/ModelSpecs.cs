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

    /// <summary>Two named triggers, <c>a</c> and <c>b</c>, threshold 10 each unless said otherwise.</summary>
    public static ScaledObjectSpec Two(
        int min = 1, int max = 10, HpaBehavior? behavior = null, double activationA = 0, double activationB = 0,
        KedaFallback? fallback = null, int cooldownSeconds = 300, double thresholdB = 10) =>
        new("orders", "orders",
            [
                new PrometheusTrigger("http://prometheus", "sum(a)", 10, activationA, Name: "a"),
                new PrometheusTrigger("http://prometheus", "sum(b)", thresholdB, activationB, Name: "b"),
            ],
            min, max, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(cooldownSeconds), behavior, fallback);

    /// <summary>A behavior that scales down at once: no stabilization window, the default policies.</summary>
    public static HpaBehavior Prompt => Behavior(down: new HpaScalingRules(TimeSpan.Zero));

    public static MetricReading Down(DateTimeOffset? at = null) => MetricReading.Failed(at ?? T0, "prometheus query api returned error. status: 503");

    public static MetricReading Value(double value, DateTimeOffset? at = null) => MetricReading.Ok(at ?? T0, value, value);

    public static HpaBehavior Behavior(HpaScalingRules? up = null, HpaScalingRules? down = null) => new(up, down);
}
