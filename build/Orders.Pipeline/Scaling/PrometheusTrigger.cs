namespace Orders.Pipeline.Scaling;

/// <summary>
/// A prometheus trigger of a ScaledObject, with KEDA's defaults for what it leaves out
/// (kedacore/keda v2.20.2 pkg/scalers/prometheus_scaler.go <c>prometheusMetadata</c>). <see cref="Name"/> is the
/// trigger's <c>name</c>, the variable a scalingModifiers formula reads it by. <see cref="Namespace"/> and
/// <see cref="QueryParameters"/> are sent with every query, as KEDA appends them to <c>/api/v1/query</c>.
/// </summary>
public sealed record PrometheusTrigger(
    string ServerAddress,
    string Query,
    double Threshold,
    double ActivationThreshold = 0,
    bool IgnoreNullValues = true,
    MetricTargetType MetricType = MetricTargetType.AverageValue,
    bool UseCachedMetrics = false,
    string? Name = null,
    string? Namespace = null,
    IReadOnlyList<KeyValuePair<string, string>>? QueryParameters = null)
{
    /// <summary>The external metric KEDA makes of trigger <paramref name="index"/>: <c>s{index}-prometheus</c>
    /// (pkg/scalers/scaler.go <c>GenerateMetricNameWithIndex</c>); the trigger's name does not change it.</summary>
    public static string MetricName(int index) => $"s{index}-prometheus";

    /// <summary>Value equality, <see cref="QueryParameters"/> compared by its pairs.</summary>
    public bool Equals(PrometheusTrigger? other) =>
        other is not null && ServerAddress == other.ServerAddress && Query == other.Query && Threshold.Equals(other.Threshold)
        && ActivationThreshold.Equals(other.ActivationThreshold) && IgnoreNullValues == other.IgnoreNullValues && MetricType == other.MetricType
        && UseCachedMetrics == other.UseCachedMetrics && Name == other.Name && Namespace == other.Namespace
        && (QueryParameters ?? []).SequenceEqual(other.QueryParameters ?? []) && CustomHeaders == other.CustomHeaders;

    public override int GetHashCode() => HashCode.Combine(ServerAddress, Query, Threshold, Name);

    /// <summary>metadata.customHeaders as written (<c>Name=value,...</c>, checked when read; <see cref="KedaCustomHeaders"/>
    /// parses it), sent with every query of this trigger (a Thanos/Mimir/Cortex tenant).</summary>
    public string? CustomHeaders { get; init; }

    /// <summary>The URL parameters KEDA adds to the query: <c>namespace</c> first, then <c>queryParameters</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ExtraParameters =>
        [.. Namespace is { } ns ? [new KeyValuePair<string, string>("namespace", ns)] : Array.Empty<KeyValuePair<string, string>>(), .. QueryParameters ?? []];
}
