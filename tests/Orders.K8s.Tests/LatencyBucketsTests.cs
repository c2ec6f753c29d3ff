using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Exporter.Metrics;
using Orders.K8s.Tests.Histograms;
using Orders.K8s.Tests.Rendering;
using Xunit.Abstractions;

namespace Orders.K8s.Tests;

/// <summary>
/// The histogram buckets k8s/base gives the exporter (its args, <c>--Exporter:DurationBuckets:N=…</c>) make the
/// latency panel tell the truth: over distributions like the ones measured on this project's machine
/// (TestData/measured-latencies.csv, from bench/latency-buckets.sh: GET / in microseconds, GET /product and
/// POST /orders around 100 ms with tails to 200-450 ms on a loaded machine), histogram_quantile's p50, p90 and
/// p99 come within 10 % of the measured ones. The exporter's default buckets (the seed's) do not: issue 25.
/// </summary>
public sealed partial class LatencyBucketsTests(ITestOutputHelper output)
{
    private const double Tolerance = 0.10;
    private static readonly double[] Quantiles = [0.5, 0.9, 0.99];

    [ToolFact("kubectl")]
    [Trait("Category", "Process")]
    public void Base_buckets_put_p50_p90_and_p99_within_10_percent_of_the_measured_latencies()
    {
        var buckets = BaseBuckets();

        var misses = Errors(buckets).Where(e => Math.Abs(e.Error) > Tolerance).Select(e => e.ToString()).ToList();

        Assert.True(misses.Count == 0, "more than 10 % off with k8s/base's buckets:\n" + string.Join("\n", misses));
    }

    [Fact]
    public void The_exporters_default_buckets_miss_the_100_ms_routes_and_the_fast_one_as_the_issue_saw()
    {
        var errors = Errors(RequestMetrics.DefaultDurationBuckets);

        // Every run of GET /product: its p90 lands in (0.1, 0.25] and reads ~220 ms (issue 25: the panel's ~150/250 ms).
        Assert.All(errors.Where(e => e.Route.Path == "/product" && e.Quantile == 0.9), e => Assert.True(e.Error > 0.5, e.ToString()));
        Assert.All(errors.Where(e => e.Route.Path == "/"), e => Assert.True(e.Error > 10, e.ToString()));
    }

    [ToolFact("kubectl")]
    [Trait("Category", "Process")]
    public void The_series_count_per_pod_stated_in_the_manifest_follows_from_the_buckets()
    {
        // N buckets + +Inf + _sum + _count per (method, path) pair; 7 pairs exist from the start (GET on 6 routes, POST /orders).
        var perPair = BaseBuckets().Count + 3;
        var comment = File.ReadAllText(Path.Combine(TestSupport.RepositoryFiles.BaseDirectory, "deployment.yaml"));

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{BaseBuckets().Count} buckets + +Inf + _sum + _count = {perPair} per (method, path) pair"), comment, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{7 * perPair} series"), comment, StringComparison.Ordinal);
    }

    /// <summary>histogram_quantile's error for every measured route and quantile, printed as the evidence table.</summary>
    private List<QuantileError> Errors(IReadOnlyList<double> buckets)
    {
        var errors = new List<QuantileError>();
        foreach (var route in MeasuredLatencies.Load())
        {
            var counts = HistogramQuantile.Count(buckets, route.Sample(20_000));
            errors.AddRange(Quantiles.Select(q => new QuantileError(route, q, HistogramQuantile.Of(q, buckets, counts), route.At(q))));
        }
        output.WriteLine($"{buckets.Count} buckets: {string.Join(", ", buckets.Select(b => b.ToString("0.#######", CultureInfo.InvariantCulture)))}");
        errors.ForEach(e => output.WriteLine(e.ToString()));
        return errors;
    }

    private static IReadOnlyList<double> BaseBuckets()
    {
        var exporter = Assert.Single(Assert.Single(Rendered.Base().Deployments).Spec.Template.Spec.InitContainers, c => c.Name == "exporter");
        var buckets = (exporter.Args ?? []).Select(a => BucketArgument().Match(a)).Where(m => m.Success)
            .OrderBy(m => int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture))
            .Select(m => double.Parse(m.Groups["bound"].Value, CultureInfo.InvariantCulture))
            .ToList();
        Assert.True(buckets.Count > 0, "k8s/base gives the exporter no --Exporter:DurationBuckets:N= args: it would run on the default buckets");
        return buckets;
    }

    private sealed record QuantileError(MeasuredLatencies Route, double Quantile, double Estimate, double Truth)
    {
        public double Error => Estimate / Truth - 1;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Route,-24} p{Quantile * 100:0}: histogram_quantile {Estimate * 1000:0.####} ms, measured {Truth * 1000:0.####} ms, {Error:+0.0%;-0.0%}");
    }

    [GeneratedRegex(@"^--Exporter:DurationBuckets:(?<index>[0-9]+)=(?<bound>[0-9.eE+-]+)$")]
    private static partial Regex BucketArgument();
}
