using Orders.Pipeline.Report;

namespace Orders.Pipeline.Tests.Report;

public sealed class QueryWindowTests
{
    [Theory]
    [InlineData("sum(rate(product_order_total{namespace=\"orders\"}[1m]))", 60)]
    [InlineData("sum(rate(product_order_total[5m])) * 300", 300)]
    [InlineData("max_over_time(sum(rate(x[30s]))[2m:15s])", 120)]
    [InlineData("rate(x[1m30s])", 90)]
    [InlineData("sum(rate(x{path=~\"/orders/[ab]+\"}[2m]))", 120)]
    public void Is_the_longest_range_in_the_query(string query, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), QueryWindow.Of(query));
    }

    [Fact]
    public void Is_null_for_an_instant_query()
    {
        Assert.Null(QueryWindow.Of("sum(orders_in_flight{namespace=\"orders\"})"));
    }

    [Fact]
    public void Lists_every_range_as_written()
    {
        Assert.Equal([("30s", TimeSpan.FromSeconds(30)), ("2m", TimeSpan.FromMinutes(2))], QueryWindow.Ranges("max_over_time(sum(rate(x[30s]))[2m:15s])"));
    }
}
