using System.Globalization;

namespace Orders.Pipeline.Load;

/// <summary>
/// How requests are spread within the profile's rate. <c>constant</c> (the default) spaces them evenly, as
/// wrk2 and k6 do; <c>poisson</c> draws independent exponential gaps, as real users arrive, so the count in
/// a window is Poisson-distributed around the profile's integral. Both schedule in advance: the profile maps
/// a point process of rate 1 onto its own rate by the inverse of its integral (time rescaling), so ramps get
/// the same treatment as holds. Poisson is seeded, so a run (and the replay made from its data) repeats.
/// </summary>
public sealed record LoadArrivals
{
    /// <summary>The seed of <c>--arrivals poisson</c> without one.</summary>
    public const int DefaultSeed = 1;

    private LoadArrivals(bool poisson, int seed)
    {
        IsPoisson = poisson;
        Seed = seed;
    }

    public static LoadArrivals Constant { get; } = new(false, 0);

    public bool IsPoisson { get; }

    /// <summary>The generator's seed (Poisson only).</summary>
    public int Seed { get; }

    public static LoadArrivals Poisson(int seed = DefaultSeed) => new(true, seed);

    /// <summary>Parses <c>constant</c>, <c>poisson</c> or <c>poisson:SEED</c>.</summary>
    public static LoadArrivals Parse(string text)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        if (trimmed == "constant")
        {
            return Constant;
        }
        if (trimmed == "poisson")
        {
            return Poisson();
        }
        if (trimmed.StartsWith("poisson:", StringComparison.Ordinal)
            && int.TryParse(trimmed["poisson:".Length..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
        {
            return Poisson(seed);
        }
        throw new FormatException(
            $"--arrivals '{text}' is not 'constant', 'poisson' or 'poisson:SEED' (SEED a whole number, e.g. poisson:42).");
    }

    /// <summary>The cumulative counts, in order and without end, at which a process of rate 1 sends: k + ½
    /// for constant arrivals (request k leaves when the profile's integral reaches k + ½), sums of
    /// exponential gaps of mean 1 for Poisson.</summary>
    internal IEnumerable<double> UnitRatePoints() => IsPoisson ? PoissonPoints(Seed) : EvenPoints();

    private static IEnumerable<double> EvenPoints()
    {
        for (long k = 0; ; k++)
        {
            yield return k + 0.5;
        }
    }

    private static IEnumerable<double> PoissonPoints(int seed)
    {
        var random = new Random(seed);
        var sum = 0.0;
        while (true)
        {
            // 1 - U is in (0, 1]: the logarithm is finite.
            sum -= Math.Log(1 - random.NextDouble());
            yield return sum;
        }
    }

    public override string ToString() => IsPoisson ? $"poisson:{Seed.ToString(CultureInfo.InvariantCulture)}" : "constant";
}
