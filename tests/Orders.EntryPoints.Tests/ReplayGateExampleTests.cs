using System.Text.RegularExpressions;
using Orders.EntryPoints.Tests.Infrastructure;

namespace Orders.EntryPoints.Tests;

/// <summary>
/// docs/examples/replay-gate.yml is a workflow users copy, not one this repository runs: it is held to what the
/// repository's own workflows are (the published schema, shellcheck-clean run steps), and it calls the script
/// whose steps the replay tests run (scripts/replay-gate.sh), with the tool installed as the docs say.
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
    public void Installs_the_tool_and_calls_the_tested_gate_script()
    {
        var runs = string.Join('\n', Example.Steps().Select(s => s.Run).OfType<string>());

        Assert.Contains("dotnet tool install --global ScaledObject.Replay", runs, StringComparison.Ordinal);
        Assert.Contains("scripts/replay-gate.sh \"$RECORDING\"", runs, StringComparison.Ordinal);
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
