using Promql.Parsing;

namespace Promql.Tests;

/// <summary>
/// Prometheus's own parser cases (promql/parser/parse_test.go testExpr at commit
/// d15adb9ad7e5d9fbde3a9a8f30200593a5a14d86, ported by TestData/port_parse_test.py): valid inputs must give the
/// upstream tree and print back; invalid ones must fail at upstream's line:col with upstream's message.
/// Left-out cases and why are in the data file (their "skip" field).
/// </summary>
public sealed class UpstreamParseTests
{
    private static readonly PromqlParserOptions Options = new() { AllowExperimentalFunctions = true };

    public static TheoryData<UpstreamCase> Valid() => new(UpstreamCase.Cases.Where(c => c.Skip is null && c.Expect is not null));

    public static TheoryData<UpstreamCase> Invalid() => new(UpstreamCase.Cases.Where(c => c.Skip is null && c.Expect is null));

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parses_to_the_upstream_tree(UpstreamCase test)
    {
        var tree = PromqlParser.Parse(test.Input!, Options);

        Assert.Equal(test.Expect, TreeShape.Of(tree));
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Prints_back_as_PromQL_that_parses_to_the_same_tree(UpstreamCase test)
    {
        var tree = PromqlParser.Parse(test.Input!, Options);

        var reparsed = PromqlParser.Parse(tree.ToString(), Options);

        Assert.Equal(TreeShape.Of(tree), TreeShape.Of(reparsed));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Refuses_what_upstream_refuses(UpstreamCase test)
    {
        var error = Assert.Throws<PromqlParseException>(() => PromqlParser.Parse(test.Input!, Options));

        Assert.Equal($"{test.Line}:{test.Col}", $"{error.Line}:{error.Column}");
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Says_what_upstream_says(UpstreamCase test)
    {
        var error = Assert.Throws<PromqlParseException>(() => PromqlParser.Parse(test.Input!, Options));

        Assert.Equal(test.Error, error.Reason);
    }

    [Fact]
    public void Ports_most_of_the_upstream_cases()
    {
        var ported = UpstreamCase.Cases.Count(c => c.Skip is null);

        Assert.True(ported >= 300, $"only {ported} upstream cases ported");
    }
}
