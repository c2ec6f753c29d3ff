using System.Globalization;

namespace Promql.Syntax;

/// <summary>An <c>@</c> modifier: <c>@ 1609746000</c> (milliseconds kept, as Prometheus does), <c>@ start()</c>, <c>@ end()</c>.</summary>
public sealed record AtModifier(AtKind Kind, long TimestampMilliseconds = 0)
{
    public override string ToString() => Kind switch
    {
        AtKind.Start => "@ start()",
        AtKind.End => "@ end()",
        _ when TimestampMilliseconds % 1000 == 0 =>
            "@ " + (TimestampMilliseconds / 1000).ToString(CultureInfo.InvariantCulture),
        _ => "@ " + (TimestampMilliseconds / 1000m).ToString("0.000", CultureInfo.InvariantCulture),
    };
}
