using System.Globalization;

namespace Orders.Pipeline.Tuning;

/// <summary>
/// A share of timings (those that overshot, or that changed the count more than once) with a 95 % Wilson interval
/// whose sample size is the number of seeds, not of timings. The phase, the faults and the 15 HPA timings of one seed
/// all read one arrival sequence, so they move together (going from 4 seeds to 12 moved one share from 31 % to
/// 49 %): treating every seed as one observation of the share is the honest, conservative count.
/// </summary>
public sealed record SeedShare(int Count, int Of, int Seeds)
{
    /// <summary>z for a two-sided 95 % interval.</summary>
    private const double Z = 1.959964;

    public double Share => Of == 0 ? 0 : (double)Count / Of;

    /// <summary>The Wilson score interval of <see cref="Share"/> at n = <see cref="Seeds"/>.</summary>
    public (double Low, double High) Interval => Wilson(Share, Seeds);

    /// <summary>The Wilson score interval for a share <paramref name="p"/> observed on <paramref name="n"/> independent
    /// observations: unlike p ± z·sqrt(p(1-p)/n) it stays inside [0, 1] and is not empty at p = 0.</summary>
    public static (double Low, double High) Wilson(double p, int n)
    {
        if (n <= 0)
        {
            return (0, 1);
        }
        var z2 = Z * Z / n;
        var centre = (p + z2 / 2) / (1 + z2);
        var half = Z / (1 + z2) * Math.Sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>"12% (5-25%)": the share and its interval, in whole percents; "-" when nothing was measured.</summary>
    public string Text()
    {
        if (Of == 0)
        {
            return "-";
        }
        var (low, high) = Interval;
        return string.Create(CultureInfo.InvariantCulture, $"{100 * Share:0.#}% ({100 * low:0}-{100 * high:0}%)");
    }
}
