namespace Promql.Syntax;

/// <summary>What an <c>@</c> modifier pins evaluation to: a Unix timestamp, or the query range's start or end.</summary>
public enum AtKind
{
    Timestamp,
    Start,
    End,
}
