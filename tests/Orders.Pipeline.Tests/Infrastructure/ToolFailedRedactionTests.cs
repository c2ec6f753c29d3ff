using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Tests.Deploy;

namespace Orders.Pipeline.Tests.Infrastructure;

/// <summary>Issue 23 item 9: a tool that echoes a secret it was given into its stderr (docker login, helm with
/// a token) must not put the secret into the error the pipeline prints.</summary>
public sealed class ToolFailedRedactionTests
{
    [Fact]
    public async Task The_stderr_quoted_in_a_tool_failure_has_its_secrets_redacted()
    {
        const string secret = "s3cr3t-token";
        var runner = new FakeProcessRunner().Answer("docker login", "", exitCode: 1, stderr: $"Error: unauthorized for password {secret}");
        var call = new ToolCall("docker", ["login", "--password", secret], TimeSpan.FromSeconds(5)) { Secrets = [secret] };

        var error = await Assert.ThrowsAsync<ToolFailedException>(() => runner.RunCheckedAsync(call, CancellationToken.None));

        Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
        Assert.Contains("unauthorized for password [REDACTED]", error.Message, StringComparison.Ordinal);
    }
}
