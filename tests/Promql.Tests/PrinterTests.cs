using Promql.Parsing;

namespace Promql.Tests;

/// <summary>ToString prints PromQL in Prometheus's canonical spelling, which parses back to the same tree.</summary>
public sealed class PrinterTests
{
    [Theory]
    [InlineData("sum(rate(x[5m]))by(job)", "sum by (job) (rate(x[5m]))")]
    [InlineData("foo OFFSET -90m", "foo offset -1h30m")]
    [InlineData("foo[1h:] @ start()", "foo[1h:] @ start()")]
    [InlineData("foo[300] @ 1609746000.5", "foo[5m] @ 1609746000.500")]
    [InlineData("{\"my.metric\", \"k8s.pod\"=~\"a.*\"}", "{\"k8s.pod\"=~\"a.*\",__name__=\"my.metric\"}")]
    [InlineData("a / on(x) group_left(y) b", "a / on (x) group_left (y) b")]
    [InlineData("topk(3, x) # the top three\n", "topk(3, x)")]
    [InlineData("1 > bool 2", "1 > bool 2")]
    [InlineData("count_values without () ('v', x)", "count_values without () (\"v\", x)")]
    public void Prints_canonical_PromQL(string query, string printed)
    {
        var tree = PromqlParser.Parse(query);

        Assert.Equal(printed, tree.ToString());
        Assert.Equal(TreeShape.Of(tree), TreeShape.Of(PromqlParser.Parse(printed)));
    }
}
