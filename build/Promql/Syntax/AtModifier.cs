using System.Globalization;

namespace Promql.Syntax;

/// <summary>
/// An <c>@</c> modifier: <c>@ 1609746000</c> (milliseconds kept and printed, as Prometheus does:
/// <c>@ 1609746000.000</c>), <c>@ start()</c>, <c>@ end()</c>.
/// </summary>
public sealed record AtModifier(AtKind Kind, long TimestampMilliseconds = 0)
{
    public override string ToString() => Kind switch
    {
        AtKind.Start => "@ start()",
        AtKind.End => "@ end()",
        _ => "@ " + (TimestampMilliseconds / 1000m).ToString("0.000", CultureInfo.InvariantCulture),
    };
}
