using System.Text;

namespace Orders.Exporter.Parsing;

/// <summary>
/// Where the needed fields sit in a line, read from a #Fields directive: W3C logs name their columns, and the
/// order follows the writer's configuration, so columns are found by name, never by position.
/// </summary>
public sealed class W3CFieldMap
{
    /// <summary>ASP.NET Core's own W3C logger with its default fields, as observed (docs: w3c-access-log.md).</summary>
    public const string AspNetCoreDefaultFields =
        "date time c-ip cs-method cs-uri-stem cs-uri-query sc-status time-taken cs-version cs(User-Agent)";

    public static readonly W3CFieldMap AspNetCoreDefault = Parse(Encoding.ASCII.GetBytes(AspNetCoreDefaultFields));

    private W3CFieldMap(string fields) => Fields = fields;

    /// <summary>The field list as the directive named it (kept for the checkpoint and for messages).</summary>
    public string Fields { get; }

    public int Method { get; private init; } = -1;
    public int UriStem { get; private init; } = -1;
    public int Status { get; private init; } = -1;
    public int TimeTaken { get; private init; } = -1;
    public int Date { get; private init; } = -1;
    public int Time { get; private init; } = -1;

    /// <summary>The highest column index the parser needs, so it stops splitting after it.</summary>
    public int LastNeeded { get; private init; } = -1;

    /// <summary>How many fields the directive names: a line with fewer columns is malformed.</summary>
    public int Count { get; private init; }

    /// <summary>cs-method, cs-uri-stem and sc-status are required; time-taken, date and time are optional.</summary>
    public bool HasRequiredFields => Method >= 0 && UriStem >= 0 && Status >= 0;

    /// <summary>Parses the value of a #Fields directive (what follows "#Fields:"), space separated.</summary>
    public static W3CFieldMap Parse(ReadOnlySpan<byte> fieldList)
    {
        var trimmed = fieldList.Trim((byte)' ').TrimEnd((byte)'\r');
        int method = -1, stem = -1, status = -1, taken = -1, date = -1, time = -1;
        var column = 0;
        foreach (var range in trimmed.Split((byte)' '))
        {
            var name = trimmed[range];
            if (name.IsEmpty)
            {
                continue;
            }

            if (Is(name, "cs-method"u8))
            {
                method = column;
            }
            else if (Is(name, "cs-uri-stem"u8))
            {
                stem = column;
            }
            else if (Is(name, "sc-status"u8))
            {
                status = column;
            }
            else if (Is(name, "time-taken"u8))
            {
                taken = column;
            }
            else if (Is(name, "date"u8))
            {
                date = column;
            }
            else if (Is(name, "time"u8))
            {
                time = column;
            }

            column++;
        }

        return new W3CFieldMap(Encoding.UTF8.GetString(trimmed))
        {
            Method = method, UriStem = stem, Status = status, TimeTaken = taken, Date = date, Time = time, Count = column,
            LastNeeded = Math.Max(Math.Max(Math.Max(method, stem), Math.Max(status, taken)), Math.Max(date, time)),
        };
    }

    private static bool Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> field) =>
        System.Text.Ascii.EqualsIgnoreCase(name, field);
}
