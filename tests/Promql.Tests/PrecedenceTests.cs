using Promql.Parsing;

namespace Promql.Tests;

/// <summary>Operator precedence and associativity as generated_parser.y declares them (no upstream case covers ^'s).</summary>
public sealed class PrecedenceTests
{
    [Theory]
    [InlineData("2 ^ 3 ^ 2", "bin(^, num(2), bin(^, num(3), num(2)))")]
    [InlineData("a - b - c", "bin(-, bin(-, vs(__name__=\"a\"), vs(__name__=\"b\")), vs(__name__=\"c\"))")]
    [InlineData("-a ^ b", "neg(bin(^, vs(__name__=\"a\"), vs(__name__=\"b\")))")]
    [InlineData("-a * b", "bin(*, neg(vs(__name__=\"a\")), vs(__name__=\"b\"))")]
    [InlineData("a + b atan2 c", "bin(+, vs(__name__=\"a\"), bin(atan2, vs(__name__=\"b\"), vs(__name__=\"c\")))")]
    [InlineData("a > b and c or d", "bin(or, bin(and, bin(>, vs(__name__=\"a\"), vs(__name__=\"b\")), vs(__name__=\"c\")), vs(__name__=\"d\"))")]
    [InlineData("a unless b and c", "bin(and, bin(unless, vs(__name__=\"a\"), vs(__name__=\"b\")), vs(__name__=\"c\"))")]
    [InlineData("a + b offset 5m", "bin(+, vs(__name__=\"a\"), vs(__name__=\"b\" offset=300000))")]
    public void Groups_operators_as_Prometheus_does(string query, string expected)
    {
        Assert.Equal(expected, TreeShape.Of(PromqlParser.Parse(query)));
    }
}
