using Promql.Parsing;
using Promql.Queries;
using Promql.Syntax;

namespace Promql.Tests;

/// <summary>The questions the Replay lint asks of a ScaledObject's query, answered from the tree.</summary>
public sealed class QueryHelperTests
{
    private const string Query =
        "sum by (pod) (rate(orders_total{job=~\"orders|api\", code!=\"500\"}[2m] offset -30s))"
        + " / max_over_time(up{job=\"orders\"}[10m:30s] @ end())";

    [Fact]
    public void Finds_every_window_with_what_it_reads()
    {
        var windows = RangeWindows.Of(PromqlParser.Parse(Query));

        Assert.Collection(windows,
            w => Assert.Equal((TimeSpan.FromMinutes(2), "orders_total", false), (w.Range, w.Selector!.MetricName, w.IsSubquery)),
            w => Assert.Equal((TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(30), true), (w.Range, w.Step!.Value, w.IsSubquery)));
    }

    [Fact]
    public void Tells_a_pinned_job_from_a_regex_over_jobs()
    {
        var jobs = Selectors.MatchersOn(PromqlParser.Parse(Query), "job");

        Assert.Equal(["=~orders|api", "=orders"], jobs.Select(m => m.OpText + m.Value));
    }

    [Fact]
    public void Counts_the_metric_name_as_a_matcher_wherever_it_is_written()
    {
        var selectors = Selectors.Of(PromqlParser.Parse("a{x=\"1\"} + {__name__=\"b\"} + {\"c.d\"}"));

        Assert.Equal(["a", "b", "c.d"], selectors.Select(s => s.MetricName));
        Assert.Contains(selectors[0].AllMatchers, m => m is { Name: "__name__", Op: MatchOp.Equal, Value: "a" });
    }

    [Fact]
    public void Lists_offsets_and_at_modifiers_once_each()
    {
        var modifiers = TimeModifiers.Of(PromqlParser.Parse(Query));

        Assert.Collection(modifiers,
            m => Assert.Equal((TimeSpan.FromSeconds(-30), (AtModifier?)null), (m.Offset, m.At)),
            m => Assert.Equal((TimeSpan.Zero, AtKind.End), (m.Offset, m.At!.Kind)));
        Assert.IsType<MatrixSelector>(modifiers[0].Target);
    }

    [Theory]
    [InlineData("rate(x[5m])", false, false)]
    [InlineData("sum(rate(x[5m]))", false, true)]
    [InlineData("max_over_time(rate(x[1m])[5m:])", true, false)]
    public void Says_whether_subqueries_or_aggregations_appear(string query, bool subquery, bool aggregation)
    {
        var tree = PromqlParser.Parse(query);

        Assert.Equal((subquery, aggregation), (QueryShape.HasSubquery(tree), QueryShape.HasAggregation(tree)));
    }

    // Upstream's TestExtractSelectors (promql/parser/parse_test.go), same inputs and expected matcher sets.
    [Theory]
    [InlineData("foo", "__name__=\"foo\"")]
    [InlineData("foo{bar=\"baz\"}", "bar=\"baz\",__name__=\"foo\"")]
    [InlineData("foo{bar=\"baz\"} / flip{flop=\"flap\"}", "bar=\"baz\",__name__=\"foo\"|flop=\"flap\",__name__=\"flip\"")]
    [InlineData("rate(foo[5m])", "__name__=\"foo\"")]
    [InlineData("vector(1)", "")]
    public void ExtractSelectors(string query, string expected)
    {
        var selectors = Selectors.Of(PromqlParser.Parse(query));

        Assert.Equal(expected, string.Join("|", selectors.Select(s => string.Join(",", s.AllMatchers))));
    }
}
