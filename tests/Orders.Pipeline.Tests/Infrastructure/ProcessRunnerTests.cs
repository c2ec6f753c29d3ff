using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Tests.Infrastructure;

/// <summary>The one process runner: values stay one argv element each, secrets are printed as [REDACTED],
/// stdin carries what must not be an argument, and a tool past its timeout is killed with its children.</summary>
public sealed class ProcessRunnerTests
{
    private readonly StringWriter _output = new();

    [Fact]
    [Trait("Category", "Process")]
    public async Task A_value_with_quotes_and_spaces_reaches_the_tool_as_one_argument()
    {
        var value = "kind\" --kubeconfig \"/tmp/x";

        var result = await new ProcessRunner(_output).RunAsync(new ToolCall("/bin/sh", ["-c", "printf '%s|' \"$@\"", "sh", value, "next"], TimeSpan.FromSeconds(30))
        {
            CaptureOutput = true,
        }, CancellationToken.None);

        Assert.Equal(value + "|next|", result.StandardOutput);
    }

    [Fact]
    [Trait("Category", "Process")]
    public async Task A_running_tool_s_errors_reach_the_output_redacted_and_its_stdout_the_caller()
    {
        var lines = new List<string>();
        var call = new ToolCall("/bin/sh", ["-c", "echo 'Forwarding from 127.0.0.1:1'; echo 'error: token tok-123 refused' >&2"], TimeSpan.FromSeconds(30))
        {
            Secrets = ["tok-123"],
        };

        await using (var tool = new ProcessRunner(_output).Start(call, line => { lock (lines) { lines.Add(line); } }))
        {
            await tool.Exited.WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(["Forwarding from 127.0.0.1:1"], lines);
        Assert.Contains("sh: error: token [REDACTED] refused", _output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tok-123", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Process")]
    public async Task Prints_the_command_first_with_secrets_redacted_and_gives_stdin_to_the_tool()
    {
        var call = new ToolCall("/bin/sh", ["-c", "cat", "--username", "bot"], TimeSpan.FromSeconds(30))
        {
            CaptureOutput = true,
            Secrets = ["bot", "pw-secret"],
            StandardInput = "pw-secret",
        };

        var result = await new ProcessRunner(_output).RunAsync(call, CancellationToken.None);

        Assert.Equal("pw-secret", result.StandardOutput);
        Assert.Equal("$ /bin/sh -c cat --username [REDACTED]", _output.ToString().Trim());
    }

    [Fact]
    [Trait("Category", "Process")]
    public async Task A_tool_past_its_timeout_is_killed_with_its_children_and_named()
    {
        using var pids = new Orders.TestSupport.TempDirectory("runner-timeout");
        var pidFile = pids.Combine("child");
        var call = new ToolCall("/bin/sh", ["-c", $"sleep 60 & echo $! > '{pidFile}'; wait"], TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<ToolFailedException>(() => new ProcessRunner(_output).RunAsync(call, CancellationToken.None));

        Assert.Contains("did not finish within 5 s and was stopped (with every process it started)", error.Message, StringComparison.Ordinal);
        var child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        // SIGKILL is delivered asynchronously: wait for the child to stop (its sleep would run 60 s), not read it once.
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(!Running(child)), TimeSpan.FromSeconds(15)),
            $"the tool's child (pid {child}) still runs 15 s after the timeout");
    }

    [Fact]
    [Trait("Category", "Process")]
    public async Task A_missing_tool_says_so_and_where_to_look()
    {
        var error = await Assert.ThrowsAsync<ToolFailedException>(() =>
            new ProcessRunner(_output).RunAsync(new ToolCall("no-such-tool-orders", [], TimeSpan.FromSeconds(5)), CancellationToken.None));

        Assert.Contains("no-such-tool-orders could not be started", error.Message, StringComparison.Ordinal);
        Assert.Contains("--target=Preflight", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("two words", "'two words'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("", "''")]
    public void Shows_each_argument_as_a_shell_would_read_it(string argument, string shown)
    {
        Assert.Equal("$ tool " + shown, new ToolCall("tool", [argument], TimeSpan.FromSeconds(1)).Display);
    }

    // Killed and reaped (gone), or killed and not yet reaped by init (a zombie, 'Z'): no longer running.
    private static bool Running(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
