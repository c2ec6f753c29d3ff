using Orders.Pipeline.Cli;
using Orders.Pipeline.Replay;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Replay;

/// <summary>Replay's options are checked before anything is read: each mistake is named with what to change.</summary>
public sealed class ReplayOptionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    private static ReplayOptions Parse(params string[] extra) =>
        ReplayOptions.From(new CommandLine(["replay", "--prometheus-url", "http://127.0.0.1:9/", "--root", RepositoryRoot.Path, .. extra], _ => null, TextWriter.Null), Now);

    [Fact]
    public void Defaults_to_the_last_hour_at_1_second_for_ours_and_the_tutorial_in_namespace_orders()
    {
        var options = Parse();

        Assert.Equal((Now.AddHours(-1), Now, TimeSpan.FromSeconds(1), "orders"), (options.Start, options.End, options.Step, options.Namespace));
        Assert.Equal([RepositoryRoot.Combine("k8s", "base"), RepositoryRoot.Combine("k8s", "tutorial")], options.ScaledObjects);
        Assert.Equal(RepositoryRoot.Combine("artifacts", "replay"), options.Output);
        Assert.Equal(1, options.ScaleLoad);
    }

    [Theory]
    [InlineData("--prometheus-url", "ftp://host/", "is not an http(s) URL")]
    [InlineData("--step", "0s", "must be more than 0 and at most 15s")]
    [InlineData("--step", "30s", "must be more than 0 and at most 15s")]
    [InlineData("--start", "-8d", "more than 604801")]
    [InlineData("--load-start", "-2h", "--load-start (2026-12-02 10:00:00Z) is outside --start..--end")]
    [InlineData("--scaledobject", ",", "names no path")]
    [InlineData("--scale-load", "0", "--scale-load '0' is not a number > 0")]
    [InlineData("--scale-load", "half", "--scale-load 'half' is not a number > 0")]
    public void Refuses_a_bad_option_naming_it(string option, string value, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => Parse(option, value));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://reader:hunter2-pw@prometheus.example/")]
    [InlineData("http://hunter2-pw@127.0.0.1:9090")]
    [InlineData("http://reader:hunter2-pw@bad host/")] // not even a URL: still never echoed
    public void Refuses_user_info_in_the_url_naming_the_basic_auth_options_without_echoing_it(string url)
    {
        var e = Assert.Throws<ArgumentException>(() => Parse("--prometheus-url", url));

        Assert.Contains("--basic-auth-user", e.Message, StringComparison.Ordinal);
        Assert.Contains("--basic-auth-password-env", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_Prometheus_url_leaves_it_to_the_port_forward()
    {
        var options = ReplayOptions.From(new CommandLine(["replay", "--root", RepositoryRoot.Path, "--kube-context", "kind-orders"], _ => null, TextWriter.Null), Now);

        Assert.Equal((null, "kind-orders"), (options.PrometheusUrl, options.KubeContext));
    }

    [Fact]
    public void Its_defaults_are_the_ones_PipelineOptions_and_the_docs_state()
    {
        var options = Parse();

        Assert.Equal(TimeArgument.Parse("start", PipelineOptions.ReplayStart.Default!, Now), options.Start);
        Assert.Equal(TimeArgument.Parse("end", PipelineOptions.ReplayEnd.Default!, Now), options.End);
        Assert.Equal(DurationGrammar.Parse("step", PipelineOptions.ReplayStep.Default!), options.Step);
        Assert.Equal(PipelineOptions.ScaledObjects.Default!.Split(',').Length, options.ScaledObjects.Count);
        Assert.Contains(TaskRegistry.ByVerb("replay")!.Options, o => o.Name == "load-start" && o.Default is null);
    }

    [Fact]
    public void Reads_the_load_window_and_a_namespace_checked_by_the_cluster_grammar()
    {
        var options = Parse("--load-start", "-50m", "--load-end", "2026-12-02T11:30:00Z", "--step", "5s", "--namespace", "shop");

        Assert.Equal((Now.AddMinutes(-50), Now.AddMinutes(-30), TimeSpan.FromSeconds(5), "shop"), (options.LoadStart, options.LoadEnd, options.Step, options.Namespace));
        Assert.Throws<ArgumentException>(() => Parse("--namespace", "Shop;rm"));
    }
}
