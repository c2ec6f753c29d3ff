namespace Promql.Syntax;

/// <summary>PromQL's aggregation operators (<c>limitk</c> and <c>limit_ratio</c> are experimental upstream).</summary>
public enum AggregationOp
{
    Sum,
    Avg,
    Count,
    Min,
    Max,
    Group,
    Stddev,
    Stdvar,
    Topk,
    Bottomk,
    CountValues,
    Quantile,
    Limitk,
    LimitRatio,
}
