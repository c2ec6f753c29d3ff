using System.Text.Json;
using Orders.Pipeline.Cli;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Tests.Cli;

/// <summary>The registry is what Cake, --help and the docs are made from: every task is in it, every target
/// users know stays, and each verb's help shows its own options only.</summary>
public sealed class TaskRegistryTests
{
    [Fact]
    public void Every_task_class_is_registered()
    {
        var classes = typeof(PipelineTask).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PipelineTask)) && !t.IsAbstract);

        Assert.Equal(classes.OrderBy(t => t.Name), TaskRegistry.DeclaredTypes.OrderBy(t => t.Name));
    }

    [Fact]
    public void Every_target_users_know_is_still_a_target()
    {
        string[] known = ["Default", "Deploy", "LoadTest", "Local", "Test", "Replay", "Tune", "Images", "Preflight", "DockerBuild", "DockerPush",
            "InstallPrometheus", "InstallKeda", "LabelNodes", "Apply", "Smoke", "Build", "Restore", "Clean", "Pack"];

        Assert.Equal(known.Order(), TaskRegistry.Targets.Select(t => t.Target!).Order());
    }

    [Fact]
    public void The_json_listing_gives_Cake_each_targets_verb_description_and_dependencies()
    {
        var targets = JsonDocument.Parse(Orders.Pipeline.Cli.Tasks.TargetsTask.Json()).RootElement.EnumerateArray()
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t);

        Assert.Equal("cluster", targets["LoadTest"].GetProperty("verb").GetString());
        Assert.Equal(["Deploy"], targets["LoadTest"].GetProperty("dependencies").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["Build", "Test"], targets["Default"].GetProperty("dependencies").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(JsonValueKind.Null, targets["Deploy"].GetProperty("verb").ValueKind);
        Assert.All(targets.Values, t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString())));
    }

    [Fact]
    public void The_Deploy_chain_runs_every_cluster_step_in_order()
    {
        var chain = TaskRegistry.Chain(TaskRegistry.ByTarget("deploy")!).Select(t => t.Target);

        Assert.Equal(["Preflight", "DockerBuild", "DockerPush", "InstallPrometheus", "InstallKeda", "LabelNodes", "Apply", "Smoke", "Deploy"], chain);
    }

    [Fact]
    public void Help_lists_every_verb_with_its_description()
    {
        var usage = HelpText.Usage();

        Assert.All(TaskRegistry.All.Where(t => t.Verb is not null), t => Assert.Contains($"{t.Verb}", usage, StringComparison.Ordinal));
        Assert.All(TaskRegistry.All, t => Assert.Contains(t.Description, usage, StringComparison.Ordinal));
    }

    [Fact]
    public void A_verbs_help_lists_only_its_own_options_with_their_defaults()
    {
        var help = HelpText.Of(TaskRegistry.ByVerb("replay")!);

        Assert.Contains($"--{O.ReplayStart.Name} <", help, StringComparison.Ordinal);
        Assert.Contains($"[`{O.ReplayStart.Default}`]", help, StringComparison.Ordinal);
        Assert.Contains($"[{O.LoadStart.Otherwise}]", help, StringComparison.Ordinal);
        Assert.DoesNotContain($"--{O.PodOrders.Name}", help, StringComparison.Ordinal);
        Assert.DoesNotContain($"--{O.Observe.Name}", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_verb_owns_its_out_and_Images_its_container_tool()
    {
        // The installable tool runs outside any repository: its report goes to ./replay.
        Assert.Equal(["artifacts/cluster", "artifacts/local", "artifacts/replay", "artifacts/tune", "replay"],
            TaskRegistry.AllOptions.Where(o => o.Name == "out").Select(o => o.Default).Order());
        Assert.Contains(O.ImagesContainerTool, TaskRegistry.ByVerb("images")!.Options);
        Assert.DoesNotContain(O.ContainerTool, TaskRegistry.ByVerb("images")!.Options);
    }

    [Fact]
    public void No_verb_declares_two_options_of_one_name()
    {
        Assert.All(TaskRegistry.All, t => Assert.Equal(t.Options.Count, t.Options.Select(o => o.Name).Distinct().Count()));
    }
}
