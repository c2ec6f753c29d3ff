namespace Promql.Parsing;

/// <summary>
/// A query that does not parse or type-check. The message reads like Prometheus's own,
/// <c>1:5: parse error: unexpected end of input</c>, with a 1-based line and column.
/// </summary>
public sealed class PromqlParseException : Exception
{
    public PromqlParseException(string query, int offset, string reason)
        : base(Describe(query, offset, reason))
    {
        Offset = offset;
        Reason = reason;
        (Line, Column) = SourcePosition.Of(query, offset);
    }

    public PromqlParseException()
    {
        Reason = string.Empty;
    }

    public PromqlParseException(string message)
        : base(message)
    {
        Reason = message;
    }

    public PromqlParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    /// <summary>0-based character offset of the error in the query.</summary>
    public int Offset { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column of the error (in characters).</summary>
    public int Column { get; }

    /// <summary>The message without its position, e.g. <c>unclosed left parenthesis</c>.</summary>
    public string Reason { get; }

    private static string Describe(string query, int offset, string reason)
    {
        var (line, column) = SourcePosition.Of(query, offset);
        return $"{line}:{column}: parse error: {reason}";
    }
}
