namespace Promql.Parsing;

/// <summary>Token kinds of the lexer; keywords keep their text in <see cref="Token.Text"/>.</summary>
internal enum TokenKind
{
    Eof,
    Identifier,
    MetricIdentifier,
    Number,
    Duration,
    String,
    LeftParen,
    RightParen,
    LeftBrace,
    RightBrace,
    LeftBracket,
    RightBracket,
    Comma,
    Colon,
    Assign,
    Operator,
    /// <summary>and, or, unless, atan2: operators spelled as words.</summary>
    WordOperator,
    Aggregator,
    Keyword,
}
