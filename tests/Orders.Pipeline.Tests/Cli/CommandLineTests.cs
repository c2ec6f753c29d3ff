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
        var message = Assert.Throws<ArgumentException>(typo.ThrowOnUnknown).Message;
        Assert.Contains("--prometheus-prot is not an option", message, StringComparison.Ordinal);
        Assert.Contains("did you mean --prometheus-port?", message, StringComparison.Ordinal);

        var bad = new CommandLine(["local", "--app-port", "eighty"], _ => null, TextWriter.Null);
        Assert.Contains("--app-port 'eighty'", Assert.Throws<ArgumentException>(() => bad.Int(O.AppPort)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_run_alone_refuses_another_verbs_option_naming_the_closest_one_it_takes_and_the_owner()
    {
        var args = new CommandLine(["replay", "--pod-orders=5"], _ => null, TextWriter.Null);

        var message = Assert.Throws<ArgumentException>(args.ThrowOnUnknown).Message;

        Assert.StartsWith("--pod-orders is not an option of `replay`; did you mean --", message, StringComparison.Ordinal);
        Assert.Contains("taken by Images", message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_run_a_verb_accepts_every_option_of_every_verb_in_the_targets_chain_and_no_other()
    {
        var deploy = new CommandLine(["preflight", "--run-target=Deploy", "--registry=localhost:5001", "--prometheus-timeout=30s", "--exporter-url=http://127.0.0.1:9181/"], _ => null, TextWriter.Null);
        var stray = new CommandLine(["preflight", "--run-target=Deploy", "--pod-orders=5"], _ => null, TextWriter.Null);

        deploy.ThrowOnUnknown();
        Assert.Contains("--pod-orders is not an option of --target=Deploy", Assert.Throws<ArgumentException>(stray.ThrowOnUnknown).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exclusive_run_accepts_only_its_own_targets_options()
    {
        var chained = new CommandLine(["cluster", "--run-target=LoadTest", "--prometheus-timeout=5s"], _ => null, TextWriter.Null);
        var exclusive = new CommandLine(["cluster", "--run-target=LoadTest", "--run-exclusive", "--prometheus-timeout=5s"], _ => null, TextWriter.Null);

        chained.ThrowOnUnknown();
        Assert.Contains("--prometheus-timeout is not an option of --target=LoadTest --exclusive", Assert.Throws<ArgumentException>(exclusive.ThrowOnUnknown).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_for_a_later_verb_of_the_chain_fails_the_first_one()
    {
        var args = new CommandLine(["preflight", "--run-target=Deploy", "--prometheus-timeout=soon"], _ => null, TextWriter.Null);

        Assert.StartsWith("--prometheus-timeout 'soon' is not a duration", Assert.Throws<ArgumentException>(args.ThrowOnUnknown).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_profile_for_LoadTest_fails_before_Deploy_starts_naming_the_option()
    {
        var args = new CommandLine(["preflight", "--run-target=LoadTest", "--profile=30s:fast"], _ => null, TextWriter.Null);

        Assert.StartsWith("--profile: ", Assert.Throws<ArgumentException>(args.ThrowOnUnknown).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_that_reads_an_option_its_task_does_not_declare_is_a_bug_reported_at_once()
    {
        var args = new CommandLine(["smoke"], _ => null, TextWriter.Null);

        Assert.Contains("SmokeTask.Options does not declare it", Assert.Throws<InvalidOperationException>(() => args.Duration(O.Observe)).Message, StringComparison.Ordinal);
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
    public void A_Local_run_still_accepts_the_old_timeout_it_reads_as_the_request_timeout()
    {
        var local = new CommandLine(["check-run", "--run-target=Local", "--timeout=2s"], _ => null, TextWriter.Null);
        var replay = new CommandLine(["check-run", "--run-target=Replay", "--timeout=2s"], _ => null, TextWriter.Null);

        local.ThrowOnUnknown();
        Assert.Throws<ArgumentException>(replay.ThrowOnUnknown);
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
        var smoke = new CommandLine(["smoke"], _ => null, TextWriter.Null);
        var loadTest = new CommandLine(["cluster"], _ => null, TextWriter.Null);

        Assert.Equal(
            (TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60)),
            (smoke.Duration(O.WaitTimeout), loadTest.Duration(O.RequestTimeout), smoke.Duration(O.PrometheusTimeout)));
    }

    [Fact]
    public void A_retired_option_is_accepted_with_a_warning_saying_why_it_is_ignored()
    {
        // Given a LoadTest script written before pod start was measured
        var warnings = new StringWriter();
        var args = new CommandLine(["cluster", "--run-target=LoadTest", "--pod-start=90s"], _ => null, warnings);

        // When the run's options are checked
        args.ThrowOnUnknown();

        // Then it runs, and the user is told the option does nothing now
        Assert.Contains("--pod-start is ignored: LoadTest now measures each pod's start", warnings.ToString(), StringComparison.Ordinal);
    }
}
