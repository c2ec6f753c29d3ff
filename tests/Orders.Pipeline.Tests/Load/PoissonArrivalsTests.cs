using Microsoft.Extensions.Time.Testing;
using Orders.Pipeline.Load;

namespace Orders.Pipeline.Tests.Load;

/// <summary>Poisson arrivals on a fake clock. A seeded run is deterministic, so each bound is checked once, but
/// every bound is derived from the distribution (4 standard deviations: a correct generator fails one
/// with probability below 1e-4 for any seed), never copied from a run.</summary>
public sealed class PoissonArrivalsTests
{
    private const double Sigmas = 4;

    [Fact]
    public async Task Counts_per_window_and_their_spread_are_those_of_a_poisson_process()
    {
        const double rate = 50;
        const int seconds = 100;
        var result = await RunOnFakeClock($"{seconds}s:{rate}", LoadArrivals.Poisson(7));
        var perSecond = result.Seconds.Take(seconds).Select(s => (double)s.Sent).ToList();

        AssertWithinPoissonBound(result.Sent, rate * seconds);
        AssertWithinPoissonBound(perSecond.Skip(20).Take(30).Sum(), rate * 30);
        // A Poisson count's variance equals its mean; the sample variance of n counts has a relative standard
        // deviation of about sqrt(2 / (n - 1)). Evenly spaced arrivals give a variance of 0 here.
        var mean = perSecond.Average();
        var variance = perSecond.Sum(c => (c - mean) * (c - mean)) / (perSecond.Count - 1);
        var tolerance = Sigmas * Math.Sqrt(2.0 / (perSecond.Count - 1));
        Assert.InRange(variance / rate, 1 - tolerance, 1 + tolerance);
        Assert.Equal(0, result.Dropped);
    }

    [Fact]
    public void Gaps_are_exponential_with_the_mean_of_one_over_the_rate()
    {
        const double rate = 50;
        var times = LoadProfile.Parse("200s:50").SendTimes(LoadArrivals.Poisson(11)).Select(t => t.TotalSeconds).ToList();
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();

        // The mean of n exponential gaps has standard error (1/rate)/sqrt(n); their standard deviation equals
        // their mean, with standard error about (1/rate)*sqrt(2/n).
        var n = gaps.Count;
        var mean = gaps.Average();
        Assert.InRange(mean, (1 - Sigmas / Math.Sqrt(n)) / rate, (1 + Sigmas / Math.Sqrt(n)) / rate);
        var deviation = Math.Sqrt(gaps.Sum(g => (g - mean) * (g - mean)) / (n - 1));
        Assert.InRange(deviation, (1 - Sigmas * Math.Sqrt(2.0 / n)) / rate, (1 + Sigmas * Math.Sqrt(2.0 / n)) / rate);
        Assert.Equal(times.Order(), times);
    }

    [Fact]
    public async Task A_ramp_follows_the_integral_of_the_profile()
    {
        // 0 -> 100/s over 20 s: 250 requests expected in the first 10 s, 750 in the last 10 s.
        var result = await RunOnFakeClock("20s:0->100", LoadArrivals.Poisson(3));

        AssertWithinPoissonBound(result.Seconds.Take(10).Sum(s => s.Sent), 250);
        AssertWithinPoissonBound(result.Seconds.Skip(10).Take(10).Sum(s => s.Sent), 750);
    }

    [Fact]
    public void The_seed_reproduces_the_sequence_and_another_seed_changes_it()
    {
        var profile = LoadProfile.Parse("5s:0->40, 5s:40");

        var first = profile.SendTimes(LoadArrivals.Parse("poisson:42")).ToList();
        var again = profile.SendTimes(LoadArrivals.Poisson(42)).ToList();
        var other = profile.SendTimes(LoadArrivals.Poisson(43)).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(profile.SendTimes(LoadArrivals.Poisson()), profile.SendTimes(LoadArrivals.Parse("poisson")));
    }

    [Theory]
    [InlineData("constant", "constant")]
    [InlineData("Poisson", "poisson:1")]
    [InlineData("poisson:42", "poisson:42")]
    public void Parses_the_arrivals_option(string text, string expected) =>
        Assert.Equal(expected, LoadArrivals.Parse(text).ToString());

    [Theory]
    [InlineData("gaussian")]
    [InlineData("poisson:x")]
    public void A_bad_arrivals_option_is_named_in_the_error(string text)
    {
        var error = Assert.Throws<FormatException>(() => LoadArrivals.Parse(text));

        Assert.Contains($"--arrivals '{text}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constant_arrivals_stay_the_default()
    {
        var profile = LoadProfile.Parse("2s:0->30, 1s:30");

        Assert.Equal(LoadArrivals.Constant, new LoadOptions().ArrivalProcess);
        Assert.Equal(profile.SendTimes(), profile.SendTimes(LoadArrivals.Constant));
    }

    private static void AssertWithinPoissonBound(double count, double expected) =>
        Assert.InRange(count, expected - Sigmas * Math.Sqrt(expected), expected + Sigmas * Math.Sqrt(expected));

    private static async Task<LoadResult> RunOnFakeClock(string profile, LoadArrivals arrivals)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var engine = new LoadEngine(new InstantSender(), new LoadOptions(Arrivals: arrivals), clock);
        engine.Waiting += next => clock.SetUtcNow(DateTimeOffset.UnixEpoch + next);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await engine.RunAsync(LoadProfile.Parse(profile), cts.Token);
    }
}
