namespace Promql.Parsing;

/// <summary>Character classes of lex.go (ASCII only, as upstream: non-Latin digits are not digits) and Go's rune quoting.</summary>
internal static class CharClass
{
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    public static bool IsAlpha(char c) => c == '_' || char.IsAsciiLetter(c);

    public static bool IsAlphaNumeric(char c) => IsAlpha(c) || char.IsAsciiDigit(c);

    // Go's %q for a rune: 'x', with the escapes Go uses.
    public static string GoRune(char c) => c switch
    {
        '\0' => "'\\x00'",
        '\'' => "'\\''",
        '\\' => "'\\\\'",
        '\n' => "'\\n'",
        '\t' => "'\\t'",
        '\r' => "'\\r'",
        _ => $"'{c}'",
    };
}
