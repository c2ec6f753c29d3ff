using Orders.Pipeline.Images;

namespace Orders.Pipeline.Tests.Images;

public sealed class MetricsTextTests
{
    [Fact]
    public void Sums_every_label_set_of_the_family_and_nothing_that_only_starts_like_it()
    {
        const string Text = """
            # HELP product_order_total Orders.
            # TYPE product_order_total counter
            product_order_total{path="/product"} 30
            product_order_total{path="/orders"} 12
            product_order_total_created 1.7e9
            product_order_totals 99
            """;

        Assert.Equal(42, MetricsText.Sum("GET http://127.0.0.1:9181/metrics", Text, "product_order_total"));
    }

    [Fact]
    public void Reads_a_family_without_labels()
    {
        Assert.Equal(3, MetricsText.Sum("GET http://127.0.0.1:9181/metrics", "product_order_total 3\n", "product_order_total"));
    }
}
