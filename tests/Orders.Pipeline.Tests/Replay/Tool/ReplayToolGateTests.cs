using System.Text.Json;

namespace Orders.Pipeline.Tests.Replay.Tool;

/// <summary>
/// --expect and --format on the tool's process. The fake's step (0, then 50 from 60 s) over threshold 10 asks for
/// 5 replicas, and the HPA's default scale-up (4 pods or 100% per 15 s) takes 1 to 5 in one sync: every timing
/// peaks at 5.
/// </summary>
[Trait("Category", "Process")]
public sealed class ReplayToolGateTests
{
    [Fact]
    public async Task A_failed_expectation_writes_the_report_then_exits_1_with_a_line_naming_it_and_the_actual_value()
    {
        using var prometheus = new GuardedPrometheus(new Dictionary<string, string>());
        using var run = new ToolRun();

        var result = await run.RunAsync(prometheus.Url, null, "--expect", "peak >= 5", "--expect", "checkout:peakReplicas.max <= 4");

        Assert.True(result.ExitCode == 1, result.Output);
        Assert.Equal(["expectation failed: checkout:peakReplicas.max <= 4 (actual 5)"],
            result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(File.Exists(Path.Combine(run.Output, "summary.json")));
        Assert.True(File.Exists(Path.Combine(run.Output, "report.md")));
        // The chart is rendered to bytes before any file is written: they must still be a PNG.
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(run.Output, "replay.png"))[..4]);
    }

    [Fact]
    public async Task Expectations_that_hold_exit_0()
    {
        using var prometheus = new GuardedPrometheus(new Dictionary<string, string>());
        using var run = new ToolRun();

        var result = await run.RunAsync(prometheus.Url, null, "--expect", "peak >= 5", "--expect", "peakReplicas.max <= 5");

        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Fact]
    public async Task An_unknown_name_exits_2_listing_the_names_and_writes_nothing()
    {
        using var prometheus = new GuardedPrometheus(new Dictionary<string, string>());
        using var run = new ToolRun();

        var result = await run.RunAsync(prometheus.Url, null, "--expect", "podsReady <= 3");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: --expect 'podsReady <= 3': checkout has no figure 'podsReady' in summary.json; the names are peakReplicas,", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(run.Output));
    }

    [Fact]
    public async Task Format_json_prints_summary_json_alone_on_stdout()
    {
        using var prometheus = new GuardedPrometheus(new Dictionary<string, string>());
        using var run = new ToolRun();

        var result = await run.RunAsync(prometheus.Url, null, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Output);
        using var summary = JsonDocument.Parse(result.StandardOutput);
        var entry = summary.RootElement.GetProperty("scaledObjects")[0];
        Assert.Equal(("checkout", 5), (entry.GetProperty("name").GetString(), entry.GetProperty("peakReplicas").GetProperty("max").GetInt32()));
        Assert.Contains("reading checkout", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a file without a ScaledObject", "no ScaledObject found", "--scaledobject", "nothing.yaml")]
    [InlineData("a bad gate", "--expect 'peak => 5' is not [LABEL:]NAME OP NUMBER", "--expect", "peak => 5")]
    [InlineData("a bad format", "--format 'yaml' is refused", "--format", "yaml")]
    [InlineData("a token variable that is not set", "PROM_TOKEN is not set", "--bearer-token-env", "PROM_TOKEN")]
    public async Task Bad_input_is_one_line_naming_it_exit_2_nothing_written_no_stack_trace(string what, string message, params string[] args)
    {
        using var prometheus = new GuardedPrometheus(new Dictionary<string, string>());
        using var run = new ToolRun();
        await File.WriteAllTextAsync(Path.Combine(run.Directory, "nothing.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n");

        var result = await run.RunAsync(prometheus.Url, new Dictionary<string, string?> { ["PROM_TOKEN"] = null }, args);

        Assert.True(result.ExitCode == 2, $"{what}: {result.Output}");
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(run.Output), $"{what}: {run.Output} was written");
    }
}
