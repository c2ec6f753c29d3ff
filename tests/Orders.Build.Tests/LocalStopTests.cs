using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// Stopping a run stops everything it started (issue #23 item 12). A real ./build.sh --target=Local, on free
/// ports, is sent a signal at one process only, as a supervisor or CI runner does, while the load runs. Before the
/// fix Cake ended at once (SIGTERM) or ignored it (SIGINT), or build.sh died alone (SIGKILL), and the tool, app,
/// exporter and Prometheus kept running, orphaned, holding their ports.
/// </summary>
[Trait("Category", "Process")]
[Collection(PipelineCollection.Name)]
public sealed partial class LocalStopTests(PipelineWorkspace workspace, Xunit.Abstractions.ITestOutputHelper log)
{
    private static readonly TimeSpan StartBound = TimeSpan.FromMinutes(5);

    /// <summary>build.sh's grace (held above the tool's own stop, ProcessTree.StopWait for each of three processes,
    /// by BuildScriptGraceTests) and 5 s for the script to return: this assembly runs the tool, it does not link it.</summary>
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(BuildScriptGrace() + 5);

    private static int BuildScriptGrace() =>
        int.Parse(Regex.Match(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "build.sh")), @"^grace=(\d+)\s*$", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>
    /// The signal and the process it is sent to alone: the top one (build.sh, which runs Cake in a process group of
    /// its own and passes SIGINT and SIGTERM to that group; a SIGKILL its watchdog turns into SIGTERM), or Cake
    /// itself, the tool's parent, which the tool then sees gone.
    /// </summary>
    [ToolTheory("prometheus", "kubectl")]
    [InlineData("TERM", "top", "SIGTERM")]
    [InlineData("INT", "top", "SIGINT")]
    [InlineData("KILL", "top", "SIGTERM")]
    [InlineData("KILL", "cake", @"its parent process \d+ has gone")]
    public async Task A_signal_to_one_process_stops_every_process_of_the_run_and_says_where_the_partial_report_is(string signal, string target, string reason)
    {
        // Given Local sending its load
        int[] ports = [FreePort.Next(), FreePort.Next(), FreePort.Next()];
        await using var run = workspace.StartLocal(ports, "--profile=300s:5", "--observe=0s", "--scrape-interval=1s", "--compare=none");
        await run.WaitForOutputAsync(LoadStarted(), StartBound);
        var started = ProcessTable.DescendantsOf(run.Id).ToDictionary(pid => pid, ProcessTable.CommandLine);
        try
        {
            Assert.True(started.Count >= 4, "expected the tool, the app, the exporter and Prometheus under Cake, found:\n" + string.Join('\n', started.Values));

            // When
            if (target == "top")
            {
                await run.SendSignalAsync(signal);
            }
            else
            {
                var cake = Assert.Single(started, p => p.Value.Contains("Cake.dll", StringComparison.Ordinal)).Key;
                await ChildProcess.RunAsync("/bin/sh", ["-c", "kill -s \"$1\" \"$2\"", "kill", signal, cake.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(30));
            }
            var exitCode = await run.WaitForExitAsync(StopBound);
            // A top process killed outright returns at once; what it started has the rest of the grace to go.
            await Eventually.HoldsAsync(() => Task.FromResult(!started.Keys.Any(ProcessTable.IsRunning)), StopBound);

            // Then
            Assert.NotEqual(0, exitCode);
            var running = started.Where(p => ProcessTable.IsRunning(p.Key)).Select(p => $"{p.Key}: {p.Value}").ToList();
            Assert.True(running.Count == 0, "still running after the run ended:\n" + string.Join('\n', running) + "\nits output:\n" + run.Output);
            Assert.All(ports, port => Assert.False(ProcessTable.Listens(port), $"something still listens on port {port}"));
            var line = await run.WaitForOutputAsync(Interrupted(reason), TimeSpan.FromSeconds(5));
            var report = line.Groups["report"].Value;
            Assert.True(File.Exists(report), $"the partial report it names does not exist: {line.Value}");
            Assert.Matches(@"^# Local run interrupted at t=\d+ s into the load\n", File.ReadAllText(report));
        }
        finally
        {
            log.WriteLine(run.Output);
            // Orphans (the bug under test) are no longer below Cake, so disposing the run would not reach them.
            ProcessTable.Kill(started.Keys);
        }
    }

    [GeneratedRegex(@"^load: ")]
    private static partial Regex LoadStarted();

    private static Regex Interrupted(string reason) =>
        new($@"^interrupted \({reason}\): every process the run started has been stopped; the partial report .* is in (?<report>/\S+/report\.md)$");
}
