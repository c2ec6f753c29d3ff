using System.Text.RegularExpressions;
using Orders.EntryPoints.Tests.Infrastructure;

namespace Orders.EntryPoints.Tests;

/// <summary>
/// docs/examples/replay-gate.yml is a workflow users copy, not one this repository runs: it is held to what the
/// repository's own workflows are (the published schema, shellcheck-clean run steps). Nothing publishes the tool,
/// so the workflow checks this project out at a pinned commit, packs and installs the tool from there, and runs
/// the gate script (scripts/replay-gate.sh, whose steps the replay tests run) from that checkout.
/// </summary>
public sealed partial class ReplayGateExampleTests
{
    private static readonly string Path = RepositoryRoot.Combine("docs", "examples", "replay-gate.yml");

    private static Workflow Example => Workflow.Parse("replay-gate.yml", File.ReadAllText(Path));

    [Fact]
    public void Is_a_valid_workflow_by_the_published_schema()
    {
        var errors = WorkflowSchema.Validate(Example);

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void Packs_the_tool_from_a_pinned_checkout_installs_it_from_there_and_runs_that_checkouts_gate_script()
    {
        var example = Example;
        var env = example.Root["env"]!.AsObject();
        var checkout = Assert.Single(example.Steps(), s => s.With["path"]?.ToString() == ".replay-tool");
        var runs = string.Join('\n', example.Steps().Select(s => s.Run).OfType<string>());

        Assert.StartsWith("actions/checkout@", checkout.Uses, StringComparison.Ordinal);
        Assert.Equal("${{ env.REPLAY_REPOSITORY }}", checkout.With["repository"]?.ToString());
        Assert.Equal("${{ env.REPLAY_REF }}", checkout.With["ref"]?.ToString());
        Assert.Matches("^[0-9a-f]{40}$", env["REPLAY_REF"]!.ToString()); // a commit, not a branch that moves
        Assert.Contains("dotnet pack .replay-tool/build/ScaledObject.Replay ", runs, StringComparison.Ordinal);
        Assert.True(File.Exists(RepositoryRoot.Combine("build", "ScaledObject.Replay", "ScaledObject.Replay.csproj")));
        Assert.Contains("dotnet tool install --global --add-source \"$RUNNER_TEMP/replay-packages\" ScaledObject.Replay", runs, StringComparison.Ordinal);
        Assert.Contains("--output \"$RUNNER_TEMP/replay-packages\"", runs, StringComparison.Ordinal);
        Assert.Contains(".replay-tool/scripts/replay-gate.sh \"$RECORDING\"", runs, StringComparison.Ordinal);
        Assert.DoesNotContain(" scripts/replay-gate.sh", runs, StringComparison.Ordinal); // a user's repository has none
        Assert.True(File.Exists(RepositoryRoot.Combine("scripts", "replay-gate.sh")));
    }

    [ToolFact("shellcheck")]
    public async Task Its_run_steps_pass_shellcheck()
    {
        using var temp = new TempDirectory("orders-example-workflow");
        var files = new List<string>();
        foreach (var (step, index) in Example.Steps().Select((step, index) => (step, index)).Where(s => s.step.Run is not null))
        {
            var file = temp.Combine($"replay-gate-{index}.sh");
            await File.WriteAllTextAsync(file, $"#!/usr/bin/env bash\nset -e\n{Expression().Replace(step.Run!, "EXPRESSION")}\n");
            files.Add(file);
        }

        var run = await Shellcheck.CheckAsync(files);

        Assert.NotEmpty(files);
        Assert.True(run.ExitCode == 0, run.Output);
    }

    [GeneratedRegex(@"\$\{\{.*?\}\}")]
    private static partial Regex Expression();
}
