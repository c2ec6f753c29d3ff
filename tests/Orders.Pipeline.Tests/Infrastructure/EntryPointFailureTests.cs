using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Infrastructure;

/// <summary>
/// The built tool, run as ./build.sh runs it: an odd tool answer and an exception nobody expected each end in one
/// line on stderr and exit code 2, never the runtime's "Unhandled exception" and a stack trace with exit code 134.
/// The stack trace comes only with --verbose or ORDERS_VERBOSE=1.
/// </summary>
[Trait("Category", "Process")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the stub kubectl is a shell script
public sealed class EntryPointFailureTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "Orders.Pipeline.dll");
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_kubectl_that_prints_nothing_for_get_nodes_is_one_line_naming_the_command()
    {
        // Given a kubectl that answers every call with nothing and exit code 0
        using var stubs = new TempDirectory("orders-stub-kubectl");
        var kubectl = stubs.Combine("kubectl");
        await File.WriteAllTextAsync(kubectl, "#!/bin/sh\nexit 0\n");
        File.SetUnixFileMode(kubectl, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var path = stubs.Path + ":" + Environment.GetEnvironmentVariable("PATH");

        // When
        var run = await ChildProcess.RunAsync(ChildProcess.DotnetHost, [Tool, "label-nodes", "--root", RepositoryRoot.Path], Bound, RepositoryRoot.Path,
            new Dictionary<string, string?> { ["PATH"] = path, [Orders.Pipeline.Infrastructure.VerboseSwitch.Variable] = null });

        // Then
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: `kubectl get nodes --output=json` printed nothing", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_exception_is_one_line_and_exit_code_2()
    {
        using var root = UnreadableValuesFile();

        var run = await RunWriteValuesAsync(root.Path);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: unexpected UnauthorizedAccessException", line, StringComparison.Ordinal);
        Assert.Contains("--verbose", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--verbose", null)]
    [InlineData("--verbose=true", null)]
    [InlineData(null, "1")]
    public async Task The_verbose_switch_adds_the_stack_trace(string? option, string? variable)
    {
        using var root = UnreadableValuesFile();

        var run = await RunWriteValuesAsync(root.Path, option, variable);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: unexpected UnauthorizedAccessException", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("   at Orders.Pipeline.Monitoring.", run.StandardError, StringComparison.Ordinal);
    }

    // The files write-values reads first are folders: File.ReadAllText throws UnauthorizedAccessException, which
    // no verb expects (a missing file would be a FileNotFoundException, an expected IOException).
    private static TempDirectory UnreadableValuesFile()
    {
        var root = new TempDirectory("orders-entry-point");
        Directory.CreateDirectory(root.Combine("Directory.Build.props"));
        Directory.CreateDirectory(root.Combine("k8s", "prometheus-values.yaml"));
        return root;
    }

    private static Task<ExitedProcess> RunWriteValuesAsync(string root, string? option = null, string? variable = null) =>
        ChildProcess.RunAsync(ChildProcess.DotnetHost, [Tool, "write-values", "--root", root, .. option is null ? Array.Empty<string>() : [option]], Bound, root,
            new Dictionary<string, string?> { [Orders.Pipeline.Infrastructure.VerboseSwitch.Variable] = variable });
}
