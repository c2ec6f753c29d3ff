using System.Globalization;

namespace Orders.K8s.Tests.Histograms;

/// <summary>
/// One route's time-taken distribution as bench/latency-buckets.sh measured it (a row of
/// TestData/measured-latencies.csv): its percentiles from p0 to p100. <see cref="Sample"/> turns them back into
/// a distribution like the measured one: the quantile function linear between the measured percentiles, read at
/// n evenly spaced points, so its p50, p90 and p99 are the measured ones exactly.
/// </summary>
public sealed record MeasuredLatencies(string Run, string Method, string Path, IReadOnlyList<(double Q, double Ms)> Percentiles)
{
    public static string File => TestSupport.RepositoryFiles.MeasuredLatencies;

    public static IReadOnlyList<MeasuredLatencies> Load()
    {
        var lines = System.IO.File.ReadAllLines(File).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var quantiles = lines[0].Split(',')[4..].Select(h => double.Parse(h.TrimStart('p'), CultureInfo.InvariantCulture) / 100).ToList();
        return [.. lines.Skip(1).Select(l => l.Split(',')).Select(c => new MeasuredLatencies(c[0], c[1], c[2],
            [.. quantiles.Select((q, i) => (q, double.Parse(c[4 + i], CultureInfo.InvariantCulture)))]))];
    }

    /// <summary>The value at quantile <paramref name="q"/>, in seconds.</summary>
    public double At(double q)
    {
        var i = 1;
        while (i < Percentiles.Count - 1 && Percentiles[i].Q < q)
        {
            i++;
        }
        var (q0, v0) = Percentiles[i - 1];
        var (q1, v1) = Percentiles[i];
        return (v0 + (v1 - v0) * (q - q0) / (q1 - q0)) / 1000;
    }

    public IEnumerable<double> Sample(int n) => Enumerable.Range(0, n).Select(k => At((k + 0.5) / n));

    public override string ToString() => $"{Run} {Method} {Path}";
}
