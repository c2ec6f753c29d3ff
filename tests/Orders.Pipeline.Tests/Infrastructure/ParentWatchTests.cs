using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Orders.Pipeline.Infrastructure;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Infrastructure;

/// <summary>
/// The watch that stops a run whose parent died, on real processes: a shell starts `sleep`, the watch follows the
/// sleep's parent, and the shell is killed. The fake clock drives the polls, so no test waits for 500 ms.
/// </summary>
[Trait("Category", "Process")]
public sealed partial class ParentWatchTests
{
    [Fact]
    public async Task Fires_once_with_the_parent_id_when_the_parent_is_killed_and_not_before()
    {
        // Given a shell whose child, sleep, is the watched process
        await using var shell = ChildProcess.Start("/bin/sh", ["-c", "sleep 120 & echo $!; wait"]);
        var sleep = int.Parse((await shell.WaitForOutputAsync(Pid(), TimeSpan.FromSeconds(30))).Value, CultureInfo.InvariantCulture);
        try
        {
            var time = new FakeTimeProvider();
            var fired = new List<int>();
            using var watch = new ParentWatch(sleep, fired.Add, time);
            Assert.Equal(shell.Id, watch.Parent);

            // While the parent lives, the polls see it
            time.Advance(ParentWatch.Interval * 3);
            Assert.Empty(fired);

            // When the parent is killed outright (no signal reaches its child)
            using (var parent = Process.GetProcessById(shell.Id))
            {
                parent.Kill(entireProcessTree: false);
                await parent.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
            time.Advance(ParentWatch.Interval);
            time.Advance(ParentWatch.Interval);

            // Then
            Assert.Equal([shell.Id], fired);
        }
        finally
        {
            ProcessTable.Kill([sleep]);
        }
    }

    [Fact]
    public async Task Reads_a_process_parent_from_proc_and_null_for_no_process()
    {
        await using var child = ChildProcess.Start("/bin/sh", ["-c", "sleep 30"]);

        Assert.Equal(Environment.ProcessId, ParentWatch.ParentOf(child.Id));
        Assert.Null(ParentWatch.ParentOf(int.MaxValue));
    }

    [Fact]
    public async Task Tells_a_process_started_by_nohup_which_ignores_SIGHUP()
    {
        await using var plain = ChildProcess.Start("sleep", ["30"]);
        await using var nohup = ChildProcess.Start("nohup", ["sleep", "30"]);

        // nohup execs sleep once it has set SIGHUP to ignored; until then the process is nohup itself
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(ProcessTable.CommandLine(nohup.Id).StartsWith("sleep", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)));
        Assert.False(ParentWatch.IgnoresHangup(plain.Id));
        Assert.True(ParentWatch.IgnoresHangup(nohup.Id));
    }

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Pid();
}
