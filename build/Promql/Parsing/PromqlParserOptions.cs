namespace Promql.Parsing;

/// <summary>
/// What the parser accepts beyond stable PromQL. Defaults match a Prometheus started without feature flags,
/// so a query that parses here parses on the chart's server.
/// </summary>
public sealed record PromqlParserOptions
{
    public static readonly PromqlParserOptions Default = new();

    /// <summary>Functions and aggregations behind <c>--enable-feature=promql-experimental-functions</c>
    /// (e.g. <c>limitk</c>, <c>sort_by_label</c>, <c>mad_over_time</c>).</summary>
    public bool AllowExperimentalFunctions { get; init; }
}
