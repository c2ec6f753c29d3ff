using Orders.Pipeline.Report;
using Orders.Pipeline.Tuning;
using Promql.Queries;

namespace Orders.Pipeline.Tests.Tuning;

/// <summary>Tune points k8s/base's query at each recording's namespace; a query it cannot point is refused, never
/// read as the sum of every recording.</summary>
public sealed class TunedNamespaceTests
{
    [Fact]
    public void Sets_the_namespace_of_every_selector_however_it_is_written()
    {
        const string query = """sum(rate(x{namespace = "tune",job="orders-exporter"}[20s] offset 1m)) / sum(y{namespace="tune"})""";

        var text = TunedNamespace.Set(query, "tune", "s15-seed1");

        var selectors = Selectors.Of(TriggerQuery.Parse(text));
        Assert.Equal(2, selectors.Count);
        Assert.All(selectors, s => Assert.Equal("s15-seed1", Assert.Single(s.Matchers, m => m.Name == "namespace").Value));
        Assert.Equal("orders-exporter", Assert.Single(selectors[0].Matchers, m => m.Name == "job").Value);
        Assert.Contains("[20s] offset 1m", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""sum(rate(x{namespace="orders"}[20s]))""")]
    [InlineData("""sum(rate(x{namespace=~"tune"}[20s]))""")]
    [InlineData("""sum(rate(x{job="orders-exporter"}[20s]))""")]
    public void Refuses_a_query_that_does_not_pin_the_rendered_namespace(string query)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TunedNamespace.Set(query, "tune", "s15-seed1"));

        Assert.Contains(query, error.Message, StringComparison.Ordinal);
        Assert.Contains("namespace=\"tune\"", error.Message, StringComparison.Ordinal);
    }
}
