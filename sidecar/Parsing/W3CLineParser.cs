using System.Buffers.Text;
using System.Text.Unicode;

namespace Orders.Exporter.Parsing;

/// <summary>
/// Parses one line of a W3C extended log. Pure: the line's UTF-8 bytes (without its line break) and the
/// file's current #Fields map in, an entry out; no I/O, no state, no allocation.
/// </summary>
public static class W3CLineParser
{
    private static ReadOnlySpan<byte> FieldsDirective => "#Fields:"u8;

    /// <summary>Classifies <paramref name="line"/> and, for a request line, fills <paramref name="entry"/>.</summary>
    public static LineKind Parse(ReadOnlySpan<byte> line, W3CFieldMap fields, out AccessLogEntry entry)
    {
        entry = default;
        if (line.IndexOf((byte)0) >= 0 || !Utf8.IsValid(line))
        {
            return LineKind.Malformed;
        }

        if (!line.IsEmpty && line[0] == (byte)'#')
        {
            return LineKind.Directive;
        }

        if (!fields.HasRequiredFields)
        {
            return LineKind.Malformed;
        }

        // Fewer columns than #Fields names is not a request with missing fields but something else (prose, a
        // cut line): counting it as a request would invent one. More columns are tolerated (W3C allows it).
        Span<Range> columns = stackalloc Range[fields.LastNeeded + 1];
        if (!SplitColumns(line, columns) || line.Count((byte)' ') + 1 < fields.Count)
        {
            return LineKind.Malformed;
        }

        entry = new AccessLogEntry
        {
            Method = line[columns[fields.Method]],
            UriStem = line[columns[fields.UriStem]],
            Status = ParseStatus(line[columns[fields.Status]]),
            DurationSeconds = fields.TimeTaken >= 0 ? ParseMilliseconds(line[columns[fields.TimeTaken]]) : double.NaN,
            Date = fields.Date >= 0 ? line[columns[fields.Date]] : default,
            Time = fields.Time >= 0 ? line[columns[fields.Time]] : default,
        };
        return LineKind.Entry;
    }

    /// <summary>True for a "#Fields:" directive; <paramref name="fieldList"/> is what follows the colon.</summary>
    public static bool TryGetFieldList(ReadOnlySpan<byte> directive, out ReadOnlySpan<byte> fieldList)
    {
        var isFields = directive.StartsWith(FieldsDirective);
        fieldList = isFields ? directive[FieldsDirective.Length..] : default;
        return isFields;
    }

    /// <summary>Finds the first columns.Length space-separated columns; false if the line has fewer.</summary>
    private static bool SplitColumns(ReadOnlySpan<byte> line, Span<Range> columns)
    {
        var start = 0;
        for (var i = 0; i < columns.Length; i++)
        {
            if (start > line.Length)
            {
                return false;
            }

            var space = line[start..].IndexOf((byte)' ');
            var end = space < 0 ? line.Length : start + space;
            columns[i] = new Range(start, end);
            start = end + 1;
        }
        return true;
    }

    private static int ParseStatus(ReadOnlySpan<byte> value)
    {
        if (value.Length != 3)
        {
            return AccessLogEntry.InvalidStatus;
        }

        int a = value[0] - '0', b = value[1] - '0', c = value[2] - '0';
        if ((uint)a > 9 || (uint)b > 9 || (uint)c > 9)
        {
            return AccessLogEntry.InvalidStatus;
        }

        var code = a * 100 + b * 10 + c;
        return code is >= 100 and <= 599 ? code : AccessLogEntry.InvalidStatus;
    }

    private static double ParseMilliseconds(ReadOnlySpan<byte> value)
    {
        if (Utf8Parser.TryParse(value, out double ms, out var consumed) && consumed == value.Length && ms >= 0 && double.IsFinite(ms))
        {
            return ms / 1000.0;
        }

        return double.NaN;
    }
}
