using System.Text.RegularExpressions;
using Orders.Build.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Orders.Build.Tests;

/// <summary>
/// The GitHub workflows cannot run here: this parses them as YAML and checks that they run on the events
/// and machines they claim, and that every --target they name is a task defined in the Cake script.
/// </summary>
public sealed partial class WorkflowTests
{
    public static TheoryData<string> Workflows => new(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, ".github", "workflows"), "*.yml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Workflows))]
    [Trait("Category", "Process")] // asks the built Orders.Pipeline for the targets build.cake registers
    public async Task Every_target_a_workflow_runs_is_a_task_of_the_Cake_script(string workflow)
    {
        var cakeTasks = await CakeTasksAsync();
        var targets = RunCommands(Load(workflow)).SelectMany(run => TargetArgument().Matches(run).Select(m => m.Groups[1].Value)).ToList();

        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.True(cakeTasks.Contains(target),
            $"{workflow} runs --target={target}, but the registry (build/Orders.Pipeline/Cli/Tasks/) has no such target (targets: {string.Join(", ", cakeTasks.Order())})."));
    }

    [Fact]
    public void Ci_runs_the_one_ci_script_on_linux_and_builds_on_windows_on_every_push_and_pull_request()
    {
        var ci = Load("ci.yml");
        var on = (YamlMappingNode)ci.Children[new YamlScalarNode("on")];
        Assert.Contains(new YamlScalarNode("push"), on.Children.Keys);
        Assert.Contains(new YamlScalarNode("pull_request"), on.Children.Keys);
        var jobs = Jobs(ci);
        var linux = Assert.Single(jobs, job => RunsOn(job) == "ubuntu-latest");
        var windows = Assert.Single(jobs, job => RunsOn(job) == "windows-latest");
        Assert.Contains(RunCommands(windows), run => run.Contains("./build.ps1 --target=Build", StringComparison.Ordinal));

        // CI is defined once: the Linux job runs .ci/run and restates none of its steps
        var linuxRuns = RunCommands(linux).ToList();
        Assert.Contains(linuxRuns, run => BashCiRun().IsMatch(run));
        Assert.DoesNotContain(linuxRuns, run => run.Contains("./build.sh", StringComparison.Ordinal) || run.Contains("apt-get", StringComparison.Ordinal));
        var script = File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".ci", "run"));
        Assert.Contains("./build.sh --target=Test", script, StringComparison.Ordinal);
        Assert.Contains("apt-get install", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Deploy_is_manual_and_deploys_then_load_tests_with_credentials_from_secrets()
    {
        var deploy = Load("deploy.yml");
        var on = (YamlMappingNode)deploy.Children[new YamlScalarNode("on")];
        Assert.Equal([new YamlScalarNode("workflow_dispatch")], on.Children.Keys);
        var runs = RunCommands(deploy).ToList();
        var deployStep = runs.FindIndex(run => run.Contains("./build.sh --target=Deploy", StringComparison.Ordinal));
        var loadTestStep = runs.FindIndex(run => run.Contains("./build.sh --target=LoadTest --exclusive", StringComparison.Ordinal));
        Assert.True(deployStep >= 0 && loadTestStep > deployStep, "deploy.yml must run --target=Deploy, then --target=LoadTest --exclusive.");
        var yaml = File.ReadAllText(WorkflowPath("deploy.yml"));
        Assert.Contains("${{ secrets.REGISTRY_PASSWORD }}", yaml);
        Assert.Contains("${{ secrets.KUBECONFIG }}", yaml);
    }

    private static string WorkflowPath(string name) => Path.Combine(RepositoryRoot.Path, ".github", "workflows", name);

    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(WorkflowPath(name));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static List<YamlMappingNode> Jobs(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow.Children[new YamlScalarNode("jobs")]).Children.Values.Cast<YamlMappingNode>().ToList();

    private static string? RunsOn(YamlMappingNode job) => (job.Children[new YamlScalarNode("runs-on")] as YamlScalarNode)?.Value;

    /// <summary>Every `run:` script under the node (a workflow or one job).</summary>
    private static IEnumerable<string> RunCommands(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.SelectMany(pair =>
            pair.Key is YamlScalarNode { Value: "run" } && pair.Value is YamlScalarNode run ? [run.Value ?? ""] : RunCommands(pair.Value)),
        YamlSequenceNode sequence => sequence.Children.SelectMany(RunCommands),
        _ => [],
    };

    /// <summary>The targets build.cake registers: the registry's, as the built tool lists them.</summary>
    private static async Task<HashSet<string>> CakeTasksAsync()
    {
        await using var tool = ChildProcess.StartDll(PipelineWorkspace.BuiltPipeline, ["targets", "--json"]);
        Assert.Equal(0, await tool.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        return System.Text.Json.JsonDocument.Parse(tool.StandardOutput.ToString()).RootElement.EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToHashSet();
    }

    [GeneratedRegex(@"--target[= ](\w+)")]
    private static partial Regex TargetArgument();

    [GeneratedRegex(@"(^|\s)bash \.ci/run(\s|$)")]
    private static partial Regex BashCiRun();
}
