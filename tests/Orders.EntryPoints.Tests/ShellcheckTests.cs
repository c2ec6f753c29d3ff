using System.Text.RegularExpressions;
using Orders.EntryPoints.Tests.Infrastructure;

namespace Orders.EntryPoints.Tests;

/// <summary>
/// Every shell script a user or CI runs passes shellcheck with no finding: the repository's scripts (found by
/// extension and shebang, so a new one is checked without editing a list) and the `run:` scripts of the Linux
/// workflow jobs. Skipped, with the reason, only where shellcheck is not installed.
/// </summary>
[Trait("Category", "Process")]
public sealed partial class ShellcheckTests
{
    [ToolFact("shellcheck")]
    public async Task Every_shell_script_of_the_repository_passes_shellcheck()
    {
        var scripts = ShellScripts.All();

        Assert.Contains("build.sh", scripts);
        Assert.Contains(".ci/run", scripts);
        var run = await Shellcheck.CheckAsync(scripts);
        Assert.True(run.ExitCode == 0, $"shellcheck found problems in {string.Join(", ", scripts)}:\n{run.Output}");
    }

    [ToolFact("shellcheck")]
    public async Task Every_run_script_of_a_linux_workflow_job_passes_shellcheck()
    {
        // Given each run: block as the runner executes it (bash -e), with ${{ }} expressions standing in as a word
        using var temp = new TempDirectory("orders-workflow-scripts");
        var files = new List<string>();
        foreach (var name in Workflow.Names())
        {
            foreach (var (step, index) in Workflow.Load(name).Steps().Select((step, index) => (step, index)))
            {
                if (step.Run is null || step.RunsOn?.Contains("windows", StringComparison.Ordinal) == true || step.Shell is not (null or "bash"))
                {
                    continue;
                }
                var file = temp.Combine($"{Path.GetFileNameWithoutExtension(name)}-{step.JobId}-{index}.sh");
                await File.WriteAllTextAsync(file, $"#!/usr/bin/env bash\n# {name}, {step}\nset -e\n{Expression().Replace(step.Run, "EXPRESSION")}\n");
                files.Add(file);
            }
        }

        // When
        var run = await Shellcheck.CheckAsync(files);

        // Then
        Assert.NotEmpty(files);
        Assert.True(run.ExitCode == 0, $"shellcheck found problems in workflow run: scripts (the file names say workflow, job and step):\n{run.Output}");
    }

    [ToolFact("shellcheck")]
    public async Task Reports_an_unquoted_variable_so_a_pass_means_something()
    {
        using var temp = new TempDirectory("orders-shellcheck");
        var script = temp.Combine("bad.sh");
        await File.WriteAllTextAsync(script, "#!/usr/bin/env bash\nrm -rf $1/build\n");

        var run = await Shellcheck.CheckAsync([script]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("SC2086", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_disabled_check_says_why()
    {
        var unexplained = new List<string>();
        foreach (var script in ShellScripts.All())
        {
            var lines = File.ReadAllLines(RepositoryRoot.Combine(script));
            for (var i = 0; i < lines.Length; i++)
            {
                if (!ShellScripts.DirectiveIsExplained(lines[i], i > 0 ? lines[i - 1] : null))
                {
                    unexplained.Add($"{script}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(unexplained.Count == 0,
            "A disabled shellcheck check must say why (a comment after the codes, or on the line above):\n" + string.Join('\n', unexplained));
    }

    [Theory]
    [InlineData("# shellcheck disable=SC2086", null, false)]
    [InlineData("# shellcheck disable=SC2086,SC2034", "set -e", false)]
    [InlineData("# shellcheck disable=SC2086", "# shellcheck disable=SC2034", false)]
    [InlineData("# shellcheck disable=SC2086 # word splitting is wanted: each flag is its own argument", null, true)]
    [InlineData("# shellcheck disable=SC2086", "# Word splitting is wanted here: each flag is its own argument.", true)]
    [InlineData("echo no directive here", null, true)]
    public void A_directive_is_explained_by_a_trailing_comment_or_a_comment_line_above(string line, string? above, bool explained) =>
        Assert.Equal(explained, ShellScripts.DirectiveIsExplained(line, above));

    [GeneratedRegex(@"\$\{\{.*?\}\}")]
    private static partial Regex Expression();
}
