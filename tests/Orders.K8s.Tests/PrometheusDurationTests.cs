using Orders.K8s.Tests.Policies;

namespace Orders.K8s.Tests;

public sealed class PrometheusDurationTests
{
    [Theory]
    [InlineData("15s", 15)]
    [InlineData("1m", 60)]
    [InlineData("1m30s", 90)]
    [InlineData("5m", 300)]
    [InlineData("1h", 3600)]
    public void Parses_prometheus_durations(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), PrometheusDuration.Parse(text));

    [Theory]
    [InlineData("15")]
    [InlineData("1.5m")]
    [InlineData("")]
    public void Rejects_what_prometheus_rejects(string text)
    {
        var error = Assert.Throws<FormatException>(() => PrometheusDuration.Parse(text));

        Assert.Contains($"\"{text}\"", error.Message, StringComparison.Ordinal);
    }
}
