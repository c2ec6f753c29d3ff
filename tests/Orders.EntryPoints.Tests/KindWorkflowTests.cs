using System.Text.RegularExpressions;
using Orders.EntryPoints.Tests.Infrastructure;

namespace Orders.EntryPoints.Tests;

/// <summary>
/// kind-e2e.yml does on a real cluster what the project's machines cannot, and cannot run here either: it
/// runs on pushes to main and by hand, with no secret; it sets kind up with the one script the README gives
/// (so the two cannot drift), deploys to that script's registry and context, load-tests, and keeps the report.
/// </summary>
public sealed partial class KindWorkflowTests
{
    private const string Script = "scripts/kind-with-registry.sh";
    private readonly Workflow _workflow = Workflow.Load("kind-e2e.yml");

    [Fact]
    public void Runs_on_pushes_to_main_and_by_hand_and_uses_no_secret()
    {
        Assert.Equal(["push", "workflow_dispatch"], _workflow.Events().Order(StringComparer.Ordinal));
        Assert.Equal(["main"], _workflow.Root["on"]!["push"]!["branches"]!.AsArray().Select(branch => branch!.ToString()));
        Assert.DoesNotContain("secrets.", File.ReadAllText(Path.Combine(Workflow.Directory, "kind-e2e.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Sets_kind_up_with_the_script_then_deploys_to_its_registry_and_context_then_load_tests()
    {
        var runs = _workflow.Steps().Select(step => step.Run).OfType<string>().ToList();
        var (registry, context) = ScriptDefaults();

        var setUp = runs.FindIndex(run => run.Trim() == $"{Script} orders");
        var deploy = runs.FindIndex(run => run.Contains($"./build.sh --target=Deploy --registry={registry} --kube-context={context}", StringComparison.Ordinal));
        var loadTest = runs.FindIndex(run => run.Contains($"./build.sh --target=LoadTest --exclusive --kube-context={context}", StringComparison.Ordinal));
        Assert.True(setUp >= 0 && deploy > setUp && loadTest > deploy,
            $"kind-e2e.yml must run `{Script} orders`, then Deploy to {registry} in {context}, then LoadTest; its run steps:\n{string.Join('\n', runs)}");
        Assert.DoesNotContain(runs, run => run.Contains("kind create cluster", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_the_report_and_the_rendered_manifests_even_when_a_step_failed()
    {
        var upload = Assert.Single(_workflow.Steps(), step => step.Uses?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);

        Assert.Equal("always()", upload.Step["if"]?.ToString());
        var paths = upload.With["path"]!.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("artifacts/cluster/", paths);
        Assert.Contains("artifacts/deploy/", paths);
    }

    [Fact]
    public void The_README_sets_kind_up_with_the_same_script_and_deploys_as_the_workflow_does()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
        var section = KindSection().Match(readme);
        var (registry, context) = ScriptDefaults();

        Assert.True(section.Success, "README.md has no \"### kind, with a local registry\" section.");
        Assert.Contains(Script, section.Value, StringComparison.Ordinal);
        Assert.Contains($"./build.sh --target=Deploy --registry={registry} --kube-context={context}", section.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("kind create cluster", section.Value, StringComparison.Ordinal);
    }

    /// <summary>The registry and kube context the script sets up when given the cluster name "orders".</summary>
    private static (string Registry, string Context) ScriptDefaults()
    {
        var script = File.ReadAllText(RepositoryRoot.Combine(Script));
        var port = RegistryPort().Match(script);
        Assert.True(port.Success, $"{Script} no longer sets registry_port='...'.");
        return ($"localhost:{port.Groups[1].Value}", "kind-orders");
    }

    [GeneratedRegex(@"^registry_port='(\d+)'$", RegexOptions.Multiline)]
    private static partial Regex RegistryPort();

    [GeneratedRegex(@"^### kind, with a local registry$.*?(?=^##)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex KindSection();
}
