using Orders.Pipeline.Cli;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void Reads_both_option_forms_flags_and_durations()
    {
        var args = new CommandLine(["local", "--profile", "10s:5", "--app-port=18181", "--observe", "90s", "--help"], _ => null, TextWriter.Null);

        Assert.Equal("local", args.Command);
        Assert.Equal("10s:5", args.Text(O.LocalProfile));
        Assert.Equal(18181, args.Int(O.AppPort));
        Assert.Equal(TimeSpan.FromSeconds(90), args.Duration(O.Observe));
        Assert.True(args.Flag("help"));
        Assert.Equal(9090, args.Int(O.PrometheusPort));
        args.ThrowOnUnknown();
    }

    [Fact]
    public void A_typo_or_a_bad_value_is_an_error_naming_the_option()
    {
        var typo = new CommandLine(["local", "--prometheus-prot", "9090"], _ => null, TextWriter.Null);
        typo.Int(O.PrometheusPort);
        Assert.Contains("--prometheus-prot", Assert.Throws<ArgumentException>(typo.ThrowOnUnknown).Message, StringComparison.Ordinal);

        var bad = new CommandLine(["local", "--app-port", "eighty"], _ => null, TextWriter.Null);
        Assert.Contains("--app-port 'eighty'", Assert.Throws<ArgumentException>(() => bad.Int(O.AppPort)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_of_other_verbs_and_of_the_build_script_pass_because_Cake_forwards_a_runs_arguments_to_each_verb()
    {
        var args = new CommandLine(["apply", "--target=LoadTest", "--profile=30s:50", "--configuration=Debug", "--registry=localhost:5001"], _ => null, TextWriter.Null);
        args.Text(O.Registry);

        args.ThrowOnUnknown();
    }

    [Fact]
    public void A_cluster_option_comes_from_its_ORDERS_variable_and_the_argument_wins()
    {
        var environment = new Dictionary<string, string> { ["ORDERS_NAMESPACE"] = "shop", ["ORDERS_OBSERVE"] = "1s" };
        string? Env(string name) => environment.GetValueOrDefault(name);

        Assert.Equal("shop", new CommandLine(["smoke"], Env, TextWriter.Null).Text(O.Namespace));
        Assert.Equal("store", new CommandLine(["smoke", "--namespace=store"], Env, TextWriter.Null).Text(O.Namespace));
        Assert.Equal(O.Observe.Default, new CommandLine(["local"], Env, TextWriter.Null).Text(O.Observe)); // not a cluster option
    }

    [Fact]
    public void The_old_timeout_still_sets_the_wait_timeout_with_a_warning_naming_its_replacement()
    {
        var warnings = new StringWriter();

        var wait = new CommandLine(["apply", "--timeout=90s"], _ => null, warnings).Duration(O.WaitTimeout);

        Assert.Equal(TimeSpan.FromSeconds(90), wait);
        Assert.Contains("--timeout is renamed --wait-timeout", warnings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_new_name_wins_over_the_old_one_without_a_warning()
    {
        var warnings = new StringWriter();

        var wait = new CommandLine(["apply", "--timeout=90s", "--wait-timeout=2m"], _ => null, warnings).Duration(O.WaitTimeout);

        Assert.Equal(TimeSpan.FromMinutes(2), wait);
        Assert.Empty(warnings.ToString());
    }

    [Fact]
    public void Each_timeout_has_its_own_default()
    {
        var args = new CommandLine(["smoke"], _ => null, TextWriter.Null);

        Assert.Equal(
            (TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60)),
            (args.Duration(O.WaitTimeout), args.Duration(O.RequestTimeout), args.Duration(O.PrometheusTimeout)));
    }
}
