using Promql.Functions;

namespace Promql.Syntax;

/// <summary>A function call, e.g. <c>rate(x[5m])</c>, checked against <see cref="PromqlFunctions"/>.</summary>
public sealed record Call(PromqlFunction Function, IReadOnlyList<Expr> Args, TextSpan Span) : Expr(Span)
{
    public override PromqlType Type => Function.ReturnType;

    public override IEnumerable<Expr> Children => Args;

    public override string ToString() => Function.Name + "(" + string.Join(", ", Args) + ")";
}
