using Promql.Parsing;

namespace Promql.Syntax;

/// <summary>A string, unquoted (escapes resolved).</summary>
public sealed record StringLiteral(string Value, TextSpan Span) : Expr(Span)
{
    public override PromqlType Type => PromqlType.String;

    public override IEnumerable<Expr> Children => [];

    public override string ToString() => StringText.Quote(Value);
}
