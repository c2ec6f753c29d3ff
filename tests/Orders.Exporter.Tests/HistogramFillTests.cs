using CsCheck;
using Orders.Exporter.State;

namespace Orders.Exporter.Tests;

/// <summary>HistogramFill finds, for any real set of observations, one value per bucket inside that bucket whose
/// counts add up to the observations' sum: what lets a histogram be restored through Observe(value, count).</summary>
public sealed class HistogramFillTests
{
    private static readonly double[] Bounds = [.005, .01, .025, .05, .075, .1, .25, .5, .75, 1, 2.5, 5, 7.5, 10, double.PositiveInfinity];

    [Fact]
    public void Each_value_lies_in_its_bucket_and_the_values_add_up_to_the_sum()
    {
        Gen.Double[0, 30].Array[0, 60].Sample(observations =>
        {
            var counts = new long[Bounds.Length];
            foreach (var value in observations)
            {
                counts[Array.FindIndex(Bounds, b => value <= b)]++;
            }

            var sum = observations.Sum();
            var values = HistogramFill.Values(Bounds, counts, sum);

            var total = 0.0;
            for (var i = 0; i < Bounds.Length; i++)
            {
                if (counts[i] > 0)
                {
                    Assert.True(values[i] <= Bounds[i] && (i == 0 || values[i] > Bounds[i - 1]), $"bucket {i}: {values[i]}");
                    total += values[i] * counts[i];
                }
            }
            Assert.Equal(sum, total, 1e-9 * Math.Max(1, sum));
        });
    }
}
