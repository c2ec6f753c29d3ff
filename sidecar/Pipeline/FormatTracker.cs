using Orders.Exporter.Diagnostics;
using Orders.Exporter.Parsing;
using Orders.Exporter.Tailing;

namespace Orders.Exporter.Pipeline;

/// <summary>
/// Which #Fields directive is in force in each followed file: restored from the checkpoint or found in the
/// preamble when a file is opened past its start, replaced by each new directive, dropped on truncation (a
/// rewritten file brings its own header again) and forgotten when the file is closed.
/// </summary>
internal sealed class FormatTracker(ThrottledLogger log)
{
    private readonly Dictionary<long, FileFormat> _files = [];

    /// <summary>The file's format state, after the events its batch reports.</summary>
    public FileFormat For(LineBatch batch)
    {
        if (!_files.TryGetValue(batch.FileKey, out var format))
        {
            _files[batch.FileKey] = format = new FileFormat();
        }

        if ((batch.Events & BatchEvents.Opened) != 0)
        {
            if (batch.ResumeFormatState is not null)
            {
                format.Fields = W3CFieldMap.Parse(System.Text.Encoding.UTF8.GetBytes(batch.ResumeFormatState));
            }
            else if (batch.Preamble is not null)
            {
                format.Fields = LastFieldsDirective(batch.Preamble) ?? format.Fields;
            }
        }
        if ((batch.Events & BatchEvents.Truncated) != 0)
        {
            format.Fields = null;
        }

        return format;
    }

    /// <summary>A #Fields directive read in <paramref name="batch"/>: in force from here on.</summary>
    public W3CFieldMap Declare(LineBatch batch, FileFormat format, ReadOnlySpan<byte> fieldList)
    {
        var fields = W3CFieldMap.Parse(fieldList);
        if (!fields.HasRequiredFields)
        {
            log.Warning(batch.Path, "fields", $"#Fields '{fields.Fields}' lacks cs-method, cs-uri-stem or sc-status: its lines are counted malformed. Log those fields.");
        }

        return format.Fields = fields;
    }

    public void Forget(long fileKey) => _files.Remove(fileKey);

    private static W3CFieldMap? LastFieldsDirective(ReadOnlySpan<byte> preamble)
    {
        W3CFieldMap? found = null;
        foreach (var line in new LineSplitter(preamble))
        {
            if (!line.IsEmpty && line[0] != (byte)'#')
            {
                break;
            }

            if (W3CLineParser.TryGetFieldList(line, out var list))
            {
                found = W3CFieldMap.Parse(list);
            }
        }
        return found;
    }
}
