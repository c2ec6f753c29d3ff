using Promql.Parsing;

namespace Promql.Syntax;

/// <summary>
/// The time modifiers a selector or subquery may carry: <c>offset</c> (negative allowed; zero means none) and
/// <c>@</c>. Printed in Prometheus's order, <c>@</c> first.
/// </summary>
public sealed record Modifiers(TimeSpan Offset, AtModifier? At)
{
    public static readonly Modifiers None = new(TimeSpan.Zero, null);

    public bool IsEmpty => Offset == TimeSpan.Zero && At is null;

    public override string ToString()
    {
        var text = At is null ? string.Empty : " " + At;
        if (Offset != TimeSpan.Zero)
        {
            text += Offset < TimeSpan.Zero
                ? " offset -" + DurationText.Format(-Offset)
                : " offset " + DurationText.Format(Offset);
        }
        return text;
    }
}
