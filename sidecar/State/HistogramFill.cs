namespace Orders.Exporter.State;

/// <summary>
/// Puts known per-bucket counts and a known sum into a prometheus-net histogram with its public API only.
/// prometheus-net 8.2.1 has no setter for bucket counts or the sum (its per-bucket add is internal), but
/// <c>Observe(value, count)</c> adds <c>count</c> to the bucket of <c>value</c> and <c>value * count</c> to
/// the sum. So each bucket is observed once, with its count, at a value inside the bucket chosen so that the
/// values add up to the sum: every bucket count is exact, the sum exact up to floating-point rounding, and
/// each series only grows (a scrape in between sees no decrease). A solution always exists when the counts
/// and sum came from real observations: each bucket's real mean lies inside the bucket.
/// </summary>
public static class HistogramFill
{
    /// <summary>A value per bucket (ignored where the count is 0); <paramref name="upperBounds"/> ends with +Inf.</summary>
    public static double[] Values(double[] upperBounds, long[] counts, double sum)
    {
        var last = upperBounds.Length - 1;
        var values = new double[upperBounds.Length];
        var total = 0.0;
        for (var i = 0; i < last; i++)
        {
            values[i] = upperBounds[i];
            total += values[i] * counts[i];
        }
        // The +Inf bucket holds values above the last finite bound: start just above it.
        values[last] = last == 0 ? 0 : Math.BitIncrement(upperBounds[last - 1]);
        total += values[last] * counts[last];

        var excess = total - sum;
        if (excess < 0)
        {
            if (counts[last] > 0)
            {
                values[last] -= excess / counts[last];
            }

            return values;
        }
        // Too much: lower the values from the top bucket down, each no lower than just above the bound below
        // it (the first bucket has no bound below).
        for (var i = last; i >= 0 && excess > 0; i--)
        {
            if (counts[i] == 0)
            {
                continue;
            }

            var floor = i == 0 ? double.NegativeInfinity : Math.BitIncrement(upperBounds[i - 1]);
            var lowered = Math.Max(floor, values[i] - excess / counts[i]);
            excess -= (values[i] - lowered) * counts[i];
            values[i] = lowered;
        }
        return values;
    }
}
