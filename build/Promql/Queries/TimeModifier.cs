using Promql.Syntax;

namespace Promql.Queries;

/// <summary>The offset and <c>@</c> of one selector or subquery (<see cref="Target"/>), when it has either.</summary>
public sealed record TimeModifier(Expr Target, TimeSpan Offset, AtModifier? At);
