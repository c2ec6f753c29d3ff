using System.Diagnostics;

namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// Stops a started process and everything it started, then waits (bounded) for it to exit and for its output
/// to drain, so nothing is left running and no line is lost, whatever way the run ends.
/// </summary>
public static class ProcessTree
{
    /// <summary>How long each process is given to exit once killed.</summary>
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DrainWait = TimeSpan.FromSeconds(5);

    /// <summary>The longest <see cref="StopAsync"/> takes for one process (its exit, then its pipes): the owner of
    /// the stop grace. build.sh's <c>grace</c> (checked by BuildScriptGraceTests) and LocalStopTests' bound (read
    /// from build.sh) follow it.</summary>
    internal static TimeSpan StopWait => ExitWait + DrainWait;

    /// <param name="process">The process; the caller still disposes it.</param>
    /// <param name="pumps">The tasks reading its output, done when its pipes close.</param>
    public static async Task StopAsync(Process process, Task pumps)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            await process.WaitForExitAsync().WaitAsync(ExitWait);
            await pumps.WaitAsync(DrainWait);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // Already gone, or its pipes are held by a grandchild that was killed with it: nothing more to stop.
        }
    }
}
