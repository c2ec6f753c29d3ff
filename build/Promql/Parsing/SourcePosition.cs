namespace Promql.Parsing;

/// <summary>Turns a character offset into Prometheus's 1-based line:column (column counted from the last newline).</summary>
internal static class SourcePosition
{
    public static (int Line, int Column) Of(string text, int offset)
    {
        var line = 1;
        var lastBreak = -1;
        for (var i = 0; i < Math.Min(offset, text.Length); i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lastBreak = i;
            }
        }
        return (line, offset - lastBreak);
    }
}
