namespace Orders.Pipeline.Prometheus;

/// <summary>An instant query's answer: <c>vector</c> (zero or more samples) or <c>scalar</c> (exactly one,
/// without labels). Matrices and strings are rejected when parsing: KEDA cannot use them either.</summary>
public sealed record PrometheusQueryResult(string ResultType, IReadOnlyList<PrometheusSample> Samples)
{
    public bool IsEmpty => Samples.Count == 0;

    /// <summary>The single value, or null when the result is empty. Several samples: an error naming the query.</summary>
    public double? SingleValueOrNull(string query) => Samples.Count switch
    {
        0 => null,
        1 => Samples[0].Value,
        _ => throw new PrometheusQueryException(
            $"The query '{query}' returned {Samples.Count} series; it must return one (wrap it in sum(...)).", query),
    };
}
