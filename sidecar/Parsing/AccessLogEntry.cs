namespace Orders.Exporter.Parsing;

/// <summary>
/// One request as the access log recorded it. A ref struct of spans into the line's bytes: parsing a line
/// allocates nothing, and the values live only as long as the batch buffer they point into.
/// </summary>
public readonly ref struct AccessLogEntry
{
    /// <summary>The value of sc-status when it is a 3-digit code from 100 to 599.</summary>
    public const int InvalidStatus = -1;

    public ReadOnlySpan<byte> Method { get; init; }

    /// <summary>cs-uri-stem as written: percent-encoded, without the query.</summary>
    public ReadOnlySpan<byte> UriStem { get; init; }

    /// <summary>sc-status, or <see cref="InvalidStatus"/> when it is not a 3-digit HTTP status code.</summary>
    public int Status { get; init; }

    /// <summary>time-taken converted from milliseconds to seconds; NaN when absent or not a number.</summary>
    public double DurationSeconds { get; init; }

    /// <summary>The date and time fields (UTC, "yyyy-MM-dd" and "HH:mm:ss"); empty when not logged.</summary>
    public ReadOnlySpan<byte> Date { get; init; }

    public ReadOnlySpan<byte> Time { get; init; }
}
