using Orders.Pipeline.Cli;
using Orders.Pipeline.Tuning;

namespace Orders.Pipeline.Tests.Tuning;

/// <summary>Tune's options are checked before anything runs: each mistake is named with what to change.</summary>
public sealed class TuningOptionsTests
{
    // No environment: an ORDERS_* variable on the machine must not change what the tests parse.
    private static TuningOptions Parse(params string[] extra) =>
        TuningOptions.From(new CommandLine(["tune", "--root", RepositoryRoot.Path, .. extra], _ => null, TextWriter.Null));

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Defaults_to_the_options_defaults_and_artifacts_tune()
    {
        var options = Parse();

        Assert.Equal(RepositoryRoot.Combine("artifacts", "tune"), options.Output);
        // The defaults are PipelineOptions' (the docs' table shows the same; a test compares them).
        static string[] Items(OptionDefinition o) => o.Default!.Split(',');
        Assert.Equal(Items(PipelineOptions.TuneScrapes).Select(t => DurationGrammar.Parse("t", t)), options.Scrapes);
        Assert.Equal(Items(PipelineOptions.TuneWindows).Select(Orders.Pipeline.Prometheus.PrometheusDuration.Parse), options.Windows);
        Assert.Equal(int.Parse(PipelineOptions.TuneSeeds.Default!, System.Globalization.CultureInfo.InvariantCulture), options.Seeds);
        Assert.Equal(Items(PipelineOptions.TuneRates).Select(r => double.Parse(r, System.Globalization.CultureInfo.InvariantCulture)).Append(TuningScenario.BoundaryRate).Distinct().Order(), options.SteadyRates);
        Assert.Null(options.PrometheusBinary);
    }

    [Fact]
    public void Reads_each_option()
    {
        var options = Parse("--tune-seeds=1", "--tune-scrapes=5s,1m", "--tune-windows=20s, 1m30s", "--tune-rates=50,36.5", "--out=/tmp/tune-x", "--prometheus-binary=/opt/prometheus");

        Assert.Equal((1, "/tmp/tune-x", "/opt/prometheus"), (options.Seeds, options.Output, options.PrometheusBinary));
        Assert.Equal([S(5), S(60)], options.Scrapes);
        Assert.Equal([S(20), S(90)], options.Windows);
        // 44 joins the rates, which come out in order.
        Assert.Equal([36.5, 44, 50], options.SteadyRates);
    }

    [Fact]
    public void Always_holds_the_boundary_rate_once()
    {
        Assert.Equal([TuningScenario.BoundaryRate], Parse("--tune-rates=44").SteadyRates);
        Assert.Equal([44.0], Parse("--tune-rates=44,44.0").SteadyRates);
        Assert.Equal([40.0, 44], Parse("--tune-rates=40").SteadyRates);
    }

    [Theory]
    [InlineData("--tune-seeds=0", "--tune-seeds 0: give 1 to 100 seeds")]
    [InlineData("--tune-seeds=101", "--tune-seeds 101: give 1 to 100 seeds")]
    [InlineData("--tune-seeds=-1", "--tune-seeds '-1' is not a whole number")]
    [InlineData("--tune-scrapes=1.5s", "--tune-scrapes: 1.5 s is not a whole number of seconds of at least 1")]
    [InlineData("--tune-scrapes=500ms", "--tune-scrapes: 0.5 s is not a whole number of seconds of at least 1")]
    [InlineData("--tune-scrapes=5x", "--tune-scrapes '5x' is not a duration")]
    // Not a PromQL range: refused here, not after the backfill when the window is written into the query.
    [InlineData("--tune-windows=20.0001s", "--tune-windows: '20.0001s' is not a PromQL range window")]
    [InlineData("--tune-windows=0", "--tune-windows: '0' is not a PromQL range window")]
    [InlineData("--tune-rates=-3", "--tune-rates: '-3' is not a rate")]
    [InlineData("--tune-rates=abc", "--tune-rates: 'abc' is not a rate")]
    [InlineData("--tune-rates=0", "--tune-rates: '0' is not a rate")]
    [InlineData("--tune-rates=44,1001", "--tune-rates: '1001' is not a rate")]
    public void Refuses_a_bad_option_naming_it(string option, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => Parse(option));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_grid_without_a_pair()
    {
        // 20 s holds less than two 30 s scrapes.
        var e = Assert.Throws<ArgumentException>(() => Parse("--tune-scrapes=30s", "--tune-windows=20s"));

        Assert.Contains("make no pair whose window holds two scrapes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_options_are_known_so_a_run_does_not_refuse_them()
    {
        var line = new CommandLine(["tune", "--root", RepositoryRoot.Path, "--tune-seeds=2", "--tune-scrapes=5s", "--tune-windows=20s", "--tune-rates=44"], _ => null, TextWriter.Null);
        TuningOptions.From(line);

        line.ThrowOnUnknown();
        Assert.Contains(TaskRegistry.ByVerb("tune")!.Options, o => o.Name == "tune-seeds");
    }
}
