using Orders.Pipeline.Report;

namespace Orders.Pipeline.Tests.Report;

/// <summary>Setting a query's range window (Tune weighs each window on k8s/base's own query): every range
/// selector and subquery range changes, a subquery's resolution and a label regex's brackets do not.</summary>
public sealed class QueryWindowReplaceTests
{
    private static readonly TimeSpan Twenty = TimeSpan.FromSeconds(20);

    [Fact]
    public void Replaces_the_range_of_a_rate()
    {
        Assert.Equal("sum(rate(x{a=\"b\"}[20s]))", QueryWindow.Replace("sum(rate(x{a=\"b\"}[1m]))", Twenty));
    }

    [Fact]
    public void Replaces_every_range_of_a_query_with_two()
    {
        var query = "sum(rate(x[1m])) / sum(increase(y[5m]))";

        var replaced = QueryWindow.Replace(query, Twenty);

        Assert.Equal("sum(rate(x[20s])) / sum(increase(y[20s]))", replaced);
        Assert.Equal([Twenty, Twenty], QueryWindow.Ranges(replaced).Select(r => r.Duration));
    }

    [Fact]
    public void Keeps_a_subquery_resolution()
    {
        Assert.Equal("max_over_time(sum(rate(x[20s]))[20s:30s])", QueryWindow.Replace("max_over_time(sum(rate(x[30s]))[5m:30s])", Twenty));
    }

    [Fact]
    public void Leaves_a_label_regex_character_class_alone()
    {
        Assert.Equal("sum(rate(x{a=~\"[0-9]+\"}[20s]))", QueryWindow.Replace("sum(rate(x{a=~\"[0-9]+\"}[1m]))", Twenty));
    }

    [Fact]
    public void Keeps_the_rest_of_the_query_as_written()
    {
        const string query = "sum by (job) (\n  rate(x{a=\"[1m]\"}[ 1m ] offset 5m)\n) # per job";

        Assert.Equal("sum by (job) (\n  rate(x{a=\"[1m]\"}[ 20s ] offset 5m)\n) # per job", QueryWindow.Replace(query, Twenty));
    }

    [Fact]
    public void Writes_the_window_in_Prometheus_grammar()
    {
        Assert.Equal("rate(x[1m30s])", QueryWindow.Replace("rate(x[1m])", TimeSpan.FromSeconds(90)));
    }

    [Theory]
    [InlineData("sum(orders_in_flight{namespace=\"orders\"})")]
    [InlineData("sum(x{a=~\"[0-9]+\"})")]
    public void Refuses_a_query_without_a_range(string query)
    {
        var e = Assert.Throws<ArgumentException>(() => QueryWindow.Replace(query, Twenty));

        Assert.Contains(query, e.Message, StringComparison.Ordinal);
    }
}
