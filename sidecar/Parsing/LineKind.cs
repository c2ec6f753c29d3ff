namespace Orders.Exporter.Parsing;

/// <summary>What a line of the access log turned out to be.</summary>
public enum LineKind
{
    /// <summary>A request line with the needed fields: an <see cref="AccessLogEntry"/>.</summary>
    Entry,

    /// <summary>A '#' directive (#Version, #Start-Date, #Fields, ...).</summary>
    Directive,

    /// <summary>Invalid UTF-8, a NUL byte, or fewer columns than the #Fields directive names.</summary>
    Malformed,
}
