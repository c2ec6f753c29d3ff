using Orders.Pipeline.Cli;

namespace Orders.Pipeline.Tests.Cli;

/// <summary>One duration grammar for every option (it was three: s/m/h in one .cake file, ms/s/m/bare with a
/// silent fallback in another, the tool's own); Prometheus's since issue 20, so `1m30s` reads as in a PromQL window.</summary>
public sealed class DurationGrammarTests
{
    [Theory]
    [InlineData("500ms", 0.5)]
    [InlineData("30s", 30)]
    [InlineData("1.5s", 1.5)]
    [InlineData("5m", 300)]
    [InlineData("1h", 3600)]
    [InlineData("90", 90)]
    [InlineData("1m30s", 90)]
    [InlineData("1d", 86400)]
    public void Reads_each_unit(string text, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), DurationGrammar.Parse("wait-timeout", text));
    }

    [Theory]
    [InlineData("5 minutes")]
    [InlineData("-5s")]
    [InlineData("00:05:00")]
    [InlineData("1m30")]
    [InlineData("30s1m")]
    [InlineData("")]
    public void Refuses_anything_else_naming_the_option(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => DurationGrammar.Parse("wait-timeout", text));

        Assert.StartsWith($"--wait-timeout '{text}' is not a duration like 500ms, 30s, 5m, 1h or 1m30s", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(300, "300s")]
    [InlineData(0.2, "1s")]
    public void Gives_helm_and_kubectl_whole_seconds_rounded_up(double seconds, string expected)
    {
        Assert.Equal(expected, DurationGrammar.ToGo(TimeSpan.FromSeconds(seconds)));
    }
}
