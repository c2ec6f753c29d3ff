using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Replay.Tool;

/// <summary>
/// scripts/replay-gate.sh, the steps docs/examples/replay-gate.yml runs, on <see cref="CheckoutRecording"/>: the
/// current ScaledObject (one pod per 15 s: at 6 replicas 60..74 s after the load's start) against a proposed one.
/// One pod per 30 s instead is a regression (6 replicas only 120..134 s after), so the gate fails and says which
/// bound; the same ScaledObject passes.
/// </summary>
[Trait("Category", "Process")]
public sealed class ReplayGateScriptTests : IDisposable
{
    private readonly TempDirectory _dir = new("orders-replay-gate");

    [ToolFact("prometheus", "promtool", "jq", "curl")]
    public async Task A_slower_proposed_scaledobject_fails_the_gate_naming_the_bound()
    {
        var result = await RunGateAsync(CheckoutRecording.ScaledObject(scaleUpPeriod: 30));

        Assert.True(result.ExitCode == 1, result.Output);
        Assert.Contains("expectation failed: checkout-worker: secondsToPeak.max <= 74 (actual 134)", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("# Replay: KEDA + HPA on recorded data", result.StandardOutput, StringComparison.Ordinal); // the job summary
        Assert.True(File.Exists(_dir.Combine("replay-gate", "proposed", "summary.json")));
    }

    [ToolFact("prometheus", "promtool", "jq", "curl")]
    public async Task The_same_scaledobject_passes_the_gate()
    {
        var result = await RunGateAsync(CheckoutRecording.ScaledObject());

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("current: --expect peakReplicas.min >= 6 --expect secondsToPeak.max <= 74", result.StandardError, StringComparison.Ordinal);
    }

    [ToolFact("prometheus", "promtool", "jq", "curl")]
    public async Task Options_other_than_expect_reach_both_runs_so_the_bounds_come_from_the_same_scenario()
    {
        // 1.5 x the backlog (180 over threshold 20) asks for 9 replicas: the current run's bound must say so.
        var result = await RunGateAsync(CheckoutRecording.ScaledObject(), "--scale-load", "1.5", "--expect", "peakReplicas.max <= 10");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("current: --expect peakReplicas.min >= 9 ", result.StandardError, StringComparison.Ordinal);
    }

    private async Task<ExitedProcess> RunGateAsync(string proposed, params string[] options)
    {
        await File.WriteAllTextAsync(_dir.Combine("recording.om"), CheckoutRecording.OpenMetrics());
        await File.WriteAllTextAsync(_dir.Combine("current.yaml"), CheckoutRecording.ScaledObject());
        await File.WriteAllTextAsync(_dir.Combine("proposed.yaml"), proposed);
        var pipeline = Path.Combine(AppContext.BaseDirectory, "Orders.Pipeline.dll");
        return await ChildProcess.RunAsync("bash", [RepositoryRoot.Combine("scripts", "replay-gate.sh"), "recording.om", "current.yaml", "proposed.yaml", .. options],
            TimeSpan.FromMinutes(5), _dir.Path, new Dictionary<string, string?>
            {
                ["REPLAY"] = $"{ChildProcess.DotnetHost} {pipeline} scaledobject-replay",
                ["PORT"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
    }

    public void Dispose() => _dir.Dispose();
}
