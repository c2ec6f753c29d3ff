using Orders.Pipeline.Cli;
using Orders.Pipeline.Replay;
using Orders.Pipeline.Scaling;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Replay.Tool;

/// <summary>Credentials and headers: read from where the user put them, refused where they would leak.</summary>
public sealed class PrometheusAccessTests
{
    private static PrometheusAccess From(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        PrometheusAccess.From(new CommandLine(["scaledobject-replay", .. args], _ => null, TextWriter.Null), v => environment.GetValueOrDefault(v), Path.GetTempPath());

    [Fact]
    public void A_bearer_token_from_the_environment_goes_into_the_authorization_header_never_into_ToString()
    {
        var access = From(new Dictionary<string, string> { ["PROM_TOKEN"] = "s3cr3t-token" }, "--bearer-token-env", "PROM_TOKEN", "--header", "X-Scope-OrgID: shop");

        using var http = access.ClientFor(new Uri("http://127.0.0.1:9/"), new Dictionary<string, string> { ["X-Tenant"] = "a" });

        Assert.Equal("Bearer s3cr3t-token", http.DefaultRequestHeaders.Authorization?.ToString());
        Assert.Equal(["shop"], http.DefaultRequestHeaders.GetValues("X-Scope-OrgID"));
        Assert.Equal(["a"], http.DefaultRequestHeaders.GetValues("X-Tenant"));
        Assert.DoesNotContain("s3cr3t", access.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Basic_auth_reads_the_password_from_a_file()
    {
        using var dir = new TempDirectory("orders-access");
        File.WriteAllText(dir.Combine("password"), "hunter2\n");
        var access = PrometheusAccess.From(
            new CommandLine(["scaledobject-replay", "--basic-auth-user", "ci", "--basic-auth-password-file", "password"], _ => null, TextWriter.Null), _ => null, dir.Path);

        using var http = access.ClientFor(new Uri("http://127.0.0.1:9/"), new Dictionary<string, string>());

        Assert.Equal("Basic " + Convert.ToBase64String("ci:hunter2"u8.ToArray()), http.DefaultRequestHeaders.Authorization?.ToString());
    }

    [Theory]
    [InlineData("an unset variable", "the environment variable NOPE is not set", "--bearer-token-env", "NOPE")]
    [InlineData("a missing file", "--bearer-token-file /nonexistent/token: no such file", "--bearer-token-file", "/nonexistent/token")]
    [InlineData("a user without password", "basic auth needs both", "--basic-auth-user", "ci")]
    [InlineData("Authorization as a header", "--header Authorization is refused", "--header", "Authorization: Bearer abc")]
    [InlineData("a header without a colon", "is not 'Name: value'", "--header", "X-Scope-OrgID shop")]
    public void Refuses_with_a_message_saying_what_to_pass(string what, string message, params string[] args)
    {
        var error = Assert.Throws<ArgumentException>(() => From(new Dictionary<string, string>(), args));

        Assert.True(error.Message.Contains(message, StringComparison.Ordinal), $"{what}: {error.Message}");
    }

    [Fact]
    public void Custom_headers_are_read_as_keda_reads_its_map_metadata()
    {
        var headers = KedaCustomHeaders.Parse(" X-Scope-OrgID = team-a ,X-Other=1", "so.yaml:1");

        Assert.Equal(new Dictionary<string, string> { ["X-Scope-OrgID"] = "team-a", ["X-Other"] = "1" }, headers);
        Assert.Throws<InvalidDataException>(() => KedaCustomHeaders.Parse("X-Other=1=2", "so.yaml:1"));
        Assert.Throws<InvalidDataException>(() => KedaCustomHeaders.Parse("novalue", "so.yaml:1"));
    }

    [Fact]
    public void A_repeated_option_keeps_every_value_in_order()
    {
        var line = new CommandLine(["scaledobject-replay", "--expect", "a >= 1", "--expect=b <= 2", "--format", "json"], _ => null, TextWriter.Null);

        Assert.Equal(["a >= 1", "b <= 2"], line.All(PipelineOptions.Expect));
    }
}
