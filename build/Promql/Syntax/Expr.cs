namespace Promql.Syntax;

/// <summary>
/// A node of the immutable syntax tree. ToString prints the node back as PromQL that parses to the same tree
/// (parentheses are nodes of their own, so printing needs no precedence rules). Lists inside nodes compare by
/// reference, so compare two separately parsed trees by their ToString().
/// </summary>
public abstract record Expr(TextSpan Span)
{
    /// <summary>The type the expression evaluates to (instant vector, range vector, scalar or string).</summary>
    public abstract PromqlType Type { get; }

    /// <summary>The direct children, left to right.</summary>
    public abstract IEnumerable<Expr> Children { get; }

    public abstract override string ToString();
}
