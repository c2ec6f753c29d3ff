namespace Promql.Syntax;

/// <summary>PromQL's binary operators, highest precedence first (see <see cref="Parsing.Operators"/>).</summary>
public enum BinaryOp
{
    Pow,
    Mul,
    Div,
    Mod,
    Atan2,
    Add,
    Sub,
    Eql,
    Neq,
    Gtr,
    Lss,
    Gte,
    Lte,
    And,
    Unless,
    Or,
}
