using Promql.Parsing;

namespace Promql.Tests;

/// <summary>What a user sees for a bad query: Prometheus's words, a 1-based line:col, the offending name.</summary>
public sealed class ErrorTests
{
    [Theory]
    [InlineData("sum(\n  rate(foo[5m]\n", "3:1: parse error: unclosed left parenthesis")]
    [InlineData("rates(foo[5m])", "1:1: parse error: unknown function with name \"rates\"")]
    [InlineData("rate(foo)", "1:6: parse error: expected type range vector in call to function \"rate\", got instant vector")]
    [InlineData("foo offset 5m[1m]", "1:14: parse error: no offset modifiers allowed before range")]
    [InlineData("foo[5m] +", "1:10: parse error: unexpected end of input")]
    [InlineData("sort_by_label(foo, \"a\")", "1:1: parse error: function \"sort_by_label\" is not enabled")]
    [InlineData("limitk(2, foo)", "1:1: parse error: limitk() is experimental and must be enabled with --enable-feature=promql-experimental-functions")]
    [InlineData("foo[step()]", "1:5: parse error: duration expressions (arithmetic, step(), range()) are experimental and not supported")]
    public void Refuses_with_the_position_and_the_reason(string query, string message)
    {
        var error = Assert.Throws<PromqlParseException>(() => PromqlParser.Parse(query));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Accepts_experimental_functions_only_when_asked()
    {
        var options = new PromqlParserOptions { AllowExperimentalFunctions = true };

        Assert.Equal("sort_by_label(foo, \"a\")", PromqlParser.Parse("sort_by_label(foo, \"a\")", options).ToString());
    }

    [Theory]
    [InlineData(5000, false)]
    [InlineData(5000, true)]
    public void Refuses_machine_made_depth_instead_of_overflowing_the_stack(int terms, bool parentheses)
    {
        var query = parentheses
            ? new string('(', terms) + "1" + new string(')', terms)
            : string.Join(" + ", Enumerable.Repeat("x", terms));

        var error = Assert.Throws<PromqlParseException>(() => PromqlParser.Parse(query));

        Assert.Equal("expression nested more than 1000 levels deep", error.Reason);
    }
}
