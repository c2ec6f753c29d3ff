namespace Orders.K8s.Tests.Histograms;

/// <summary>
/// Prometheus's histogram_quantile over classic buckets (promql/quantile.go, bucketQuantile): the rank q x count
/// falls in the first bucket whose cumulative count reaches it, and the value is interpolated linearly between
/// that bucket's lower and upper bounds (0 for the first bucket); in the +Inf bucket it is the highest finite bound.
/// </summary>
public static class HistogramQuantile
{
    /// <param name="bounds">The finite upper bounds (le), increasing.</param>
    /// <param name="cumulative">The cumulative count for each bound, then the +Inf bucket's (the total).</param>
    public static double Of(double q, IReadOnlyList<double> bounds, IReadOnlyList<double> cumulative)
    {
        var rank = q * cumulative[^1];
        var b = 0;
        while (cumulative[b] < rank)
        {
            b++;
        }
        if (b == bounds.Count)
        {
            return bounds[^1];
        }
        var (start, before) = b == 0 ? (0.0, 0.0) : (bounds[b - 1], cumulative[b - 1]);
        return start + (bounds[b] - start) * (rank - before) / (cumulative[b] - before);
    }

    /// <summary>The cumulative bucket counts the exporter would publish for <paramref name="values"/>.</summary>
    public static double[] Count(IReadOnlyList<double> bounds, IEnumerable<double> values)
    {
        var counts = new double[bounds.Count + 1];
        foreach (var v in values)
        {
            var i = 0;
            while (i < bounds.Count && v > bounds[i])
            {
                i++;
            }
            counts[i]++;
        }
        for (var i = 1; i < counts.Length; i++)
        {
            counts[i] += counts[i - 1];
        }
        return counts;
    }
}
