using System.Text.RegularExpressions;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Infrastructure;

/// <summary>
/// The built tool, signalled while a verb runs (the `load` verb, sending to a port where nothing listens): the
/// signal cancels the run instead of ending the process, so it unwinds, prints one line saying why it stopped,
/// and exits with 128 + the signal's number, as a shell reports a process a signal ended.
/// </summary>
[Trait("Category", "Process")]
public sealed partial class ToolSignalTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "Orders.Pipeline.dll");

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    [InlineData("HUP", 129)]
    public async Task A_signal_stops_the_run_with_one_line_and_its_exit_code(string signal, int exitCode)
    {
        // Given a run under way
        // Through env --default-signal: a test host started as a background job of a non-interactive shell inherits
        // SIGINT ignored, and .NET keeps an inherited ignore, so without the reset the INT case would test nothing.
        await using var tool = ChildProcess.Start("env", ["--default-signal=INT", ChildProcess.DotnetHost, Tool, "load", "--url", $"http://127.0.0.1:{FreePort.Next()}/", "--profile", "120s:1"],
            Path.GetDirectoryName(Tool), new Dictionary<string, string?> { ["ORDERS_VERBOSE"] = null }, "Orders.Pipeline.dll");
        await tool.WaitForOutputAsync(FirstSecond(), TimeSpan.FromSeconds(60));

        // When
        await tool.SendSignalAsync(signal);

        // Then
        Assert.Equal(exitCode, await tool.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        var line = Assert.Single(tool.StandardError.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"interrupted (SIG{signal}): every process the run started has been stopped", line, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^t=\s+1s ")]
    private static partial Regex FirstSecond();
}
