namespace Promql.Syntax;

/// <summary>Where a node sits in the query text: character offsets, End exclusive. Errors turn Start into line:col.</summary>
public readonly record struct TextSpan(int Start, int End);
