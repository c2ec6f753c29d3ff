using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Tests.Prometheus;

/// <summary>Prometheus's duration grammar, the one the scrape interval, the range windows and the relative
/// times are all read with (it was written three times: two loose copies and the K8s tests' own).</summary>
public sealed class PrometheusDurationTests
{
    [Theory]
    [InlineData("15s", 15)]
    [InlineData("1m", 60)]
    [InlineData("1m30s", 90)]
    [InlineData("5m", 300)]
    [InlineData("1h", 3600)]
    [InlineData("2h", 7200)]
    [InlineData("500ms", 0.5)]
    [InlineData("1d", 86_400)]
    [InlineData("1w", 604_800)]
    [InlineData("1y", 31_536_000)]
    [InlineData("1h30m15s250ms", 5415.25)]
    [InlineData("0", 0)]
    public void Reads_each_unit_and_their_sum(string text, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), PrometheusDuration.Parse(text));
    }

    [Theory]
    [InlineData("15")]
    [InlineData("1.5m")]
    [InlineData("")]
    [InlineData("30s1m")]
    [InlineData("1m1m")]
    [InlineData("-5s")]
    [InlineData("x15s")]
    [InlineData("5 m")]
    public void Refuses_what_Prometheus_refuses_quoting_it(string text)
    {
        var error = Assert.Throws<FormatException>(() => PrometheusDuration.Parse(text));

        Assert.Contains($"\"{text}\"", error.Message, StringComparison.Ordinal);
    }
}
