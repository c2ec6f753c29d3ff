using Promql.Parsing;

namespace Promql.Syntax;

/// <summary>A number; <paramref name="IsDuration"/> when written as a duration (<c>5m</c> reads as 300).</summary>
public sealed record NumberLiteral(double Value, bool IsDuration, TextSpan Span) : Expr(Span)
{
    public override PromqlType Type => PromqlType.Scalar;

    public override IEnumerable<Expr> Children => [];

    public override string ToString() => !IsDuration
        ? NumberText.Format(Value)
        : Value < 0 ? "-" + DurationText.Format(TimeSpan.FromSeconds(-Value)) : DurationText.Format(TimeSpan.FromSeconds(Value));
}
