namespace Promql.Parsing;

/// <summary>One token: its kind, its text as written, and where it starts.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Start)
{
    public int End => Start + Text.Length;

    /// <summary>The keyword, lower-cased (keywords are case-insensitive, as upstream).</summary>
    public string Word => Text.ToLowerInvariant();

    public bool Is(TokenKind kind, string word) => Kind == kind && Word == word;

    public bool IsKeyword(string word) => Is(TokenKind.Keyword, word);

    /// <summary>Prometheus's description of the token in "unexpected …" messages (lex.go Item.desc).</summary>
    public string Describe() => Kind switch
    {
        TokenKind.Eof => "end of input",
        TokenKind.Identifier => $"identifier {GoQuote(Text)}",
        TokenKind.MetricIdentifier => $"metric identifier {GoQuote(Text)}",
        TokenKind.Number => $"number {Short(Text)}",
        TokenKind.Duration => $"duration {Short(Text)}",
        TokenKind.String => $"string {Short(Text)}",
        TokenKind.Operator or TokenKind.WordOperator => $"<op:{Text}>",
        TokenKind.Aggregator => $"<aggr:{Text}>",
        TokenKind.Keyword => $"<{Text}>",
        _ => GoQuote(Text),
    };

    private static string GoQuote(string text) => StringText.Quote(text);

    // Go's %.10q: long literals are cut to ten characters in messages.
    private static string Short(string text) => text.Length > 10 ? GoQuote(text[..10]) + "..." : GoQuote(text);
}
