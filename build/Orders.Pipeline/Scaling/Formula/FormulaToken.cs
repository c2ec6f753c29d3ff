namespace Orders.Pipeline.Scaling.Formula;

/// <summary>One token of a scalingModifiers formula: a number, a name, or an operator/punctuation (its text);
/// <see cref="At"/> is its 0-based column, for errors that point at it.</summary>
internal sealed record FormulaToken(FormulaTokenKind Kind, string Text, int At, double Number = 0);
