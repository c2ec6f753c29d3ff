using System.Globalization;
using System.Text;

namespace Promql.Parsing;

/// <summary>
/// PromQL string literals: double or single quotes with Go's escapes, or backquotes with none. The lexer has
/// already refused malformed escapes, so unquoting here cannot fail.
/// </summary>
internal static class StringText
{
    public static string Unquote(string raw)
    {
        var body = raw[1..^1];
        if (raw[0] == '`')
        {
            return body;
        }
        var text = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\')
            {
                text.Append(body[i]);
                continue;
            }
            var c = body[++i];
            switch (c)
            {
                case 'a': text.Append('\a'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'v': text.Append('\v'); break;
                case 'x': text.Append((char)Convert.ToInt32(body.Substring(i + 1, 2), 16)); i += 2; break;
                case 'u': text.Append(char.ConvertFromUtf32(Convert.ToInt32(body.Substring(i + 1, 4), 16))); i += 4; break;
                case 'U': text.Append(char.ConvertFromUtf32(Convert.ToInt32(body.Substring(i + 1, 8), 16))); i += 8; break;
                case >= '0' and <= '7': text.Append((char)Convert.ToInt32(body.Substring(i, 3), 8)); i += 2; break;
                default: text.Append(c); break;
            }
        }
        return text.ToString();
    }

    /// <summary>Double-quoted, escaped the way Go's strconv.Quote does for the characters that need it.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                _ when char.IsControl(c) => text.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }
        return text.Append('"').ToString();
    }
}
