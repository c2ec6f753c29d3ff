namespace Orders.Pipeline.Tests.Replay.Tool;

/// <summary>The bearer token reaches Prometheus, with the tenant headers KEDA would send, and never the output.</summary>
[Trait("Category", "Process")]
public sealed class ReplayToolAuthTests
{
    private static readonly string Token = "t0k3n-" + Guid.NewGuid().ToString("N");

    private static GuardedPrometheus Guarded() => new(new Dictionary<string, string>
    {
        ["Authorization"] = "Bearer " + Token,
        ["X-Scope-OrgID"] = "shop", // --header
        ["X-Tenant"] = "checkout-team", // the trigger's customHeaders
    });

    [Fact]
    public async Task The_token_and_headers_reach_prometheus_and_the_token_is_in_no_output()
    {
        using var prometheus = Guarded();
        using var run = new ToolRun(customHeaders: "X-Tenant=checkout-team");

        var result = await run.RunAsync(prometheus.Url, new Dictionary<string, string?> { ["PROM_TOKEN"] = Token },
            "--bearer-token-env", "PROM_TOKEN", "--header", "X-Scope-OrgID: shop");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.True(prometheus.Answered >= 2, $"answered {prometheus.Answered}"); // query_range and status/config
        Assert.Equal(0, prometheus.Refused);
        Assert.DoesNotContain(Token, result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, result.StandardError, StringComparison.Ordinal);
        var files = run.WrittenFiles().ToList();
        Assert.Contains(files, f => f.File.EndsWith("summary.json", StringComparison.Ordinal));
        Assert.All(files, f => Assert.DoesNotContain(Token, f.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_token_prometheus_refuses_and_the_run_stops_with_exit_2_writing_nothing()
    {
        using var prometheus = Guarded();
        using var run = new ToolRun(customHeaders: "X-Tenant=checkout-team");

        var result = await run.RunAsync(prometheus.Url, null, "--header", "X-Scope-OrgID: shop");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("401", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, prometheus.Answered);
        Assert.False(Directory.Exists(run.Output));
    }

    [Fact]
    public async Task A_password_in_the_url_is_refused_with_exit_2_naming_the_basic_auth_options_and_never_printed()
    {
        using var prometheus = Guarded();
        using var run = new ToolRun();
        var password = "pw-" + Guid.NewGuid().ToString("N");

        var result = await run.RunAsync(prometheus.Url.Replace("http://", $"http://reader:{password}@", StringComparison.Ordinal), null);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--basic-auth-user", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--basic-auth-password-file", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(password, result.Output, StringComparison.Ordinal);
        Assert.Equal(0, prometheus.Answered + prometheus.Refused);
        Assert.False(Directory.Exists(run.Output));
    }
}
