namespace Promql.Parsing;

/// <summary>
/// Splits a query into tokens on demand, in the modes of promql/parser/lex.go: inside braces only label names,
/// strings and matcher operators exist (no keywords); inside brackets only durations, numbers and the colon.
/// Pulling tokens one at a time lets an earlier syntax error win over a later lexical one, as upstream.
/// A lexical error throws <see cref="PromqlParseException"/> at the start of the offending token.
/// </summary>
internal sealed partial class Lexer(string input)
{
    private static readonly HashSet<string> Keywords =
    [
        "offset", "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "start", "end",
        "step", "range", "anchored", "smoothed", "fill", "fill_left", "fill_right", "max_of", "min_of",
    ];

    private static readonly HashSet<string> WordOperators = ["and", "or", "unless", "atan2"];

    private readonly string _input = input;
    private int _pos;
    private int _start;
    private int _parenDepth;
    private bool _braceOpen;
    private bool _bracketOpen;
    private bool _durationStart;
    private bool _gotColon;

    public Token Next()
    {
        while (true)
        {
            _start = _pos;
            if (_pos < _input.Length && _input[_pos] == '#')
            {
                SkipComment();
                continue;
            }
            if (_pos < _input.Length && CharClass.IsSpace(_input[_pos]))
            {
                _pos++;
                continue;
            }
            if (_braceOpen)
            {
                return InsideBraces();
            }
            return _bracketOpen ? InsideBrackets() : Statement();
        }
    }

    private Token Statement()
    {
        if (_pos >= _input.Length)
        {
            return _parenDepth != 0 ? throw Error("unclosed left parenthesis") : Emit(TokenKind.Eof, 0);
        }
        var c = _input[_pos];
        var next = Peek(1);
        switch (c)
        {
            case ',': return Emit(TokenKind.Comma, 1);
            case '*' or '/' or '%' or '+' or '-' or '^' or '@': return Emit(TokenKind.Operator, 1);
            case '=' when next == '=': return Emit(TokenKind.Operator, 2);
            case '=' when next == '~': throw Error($"unexpected character after '=': {CharClass.GoRune(next)}");
            case '=': return Emit(TokenKind.Assign, 1);
            case '!' when next == '=': return Emit(TokenKind.Operator, 2);
            case '!': throw Error($"unexpected character after '!': {CharClass.GoRune(next)}");
            case '<' or '>' when next == '=': return Emit(TokenKind.Operator, 2);
            case '<' or '>' when next == '/': throw Error("trim operators </ and >/ are experimental and not supported");
            case '<' or '>': return Emit(TokenKind.Operator, 1);
            case '"' or '\'' or '`': return QuotedString();
            case '(':
                _parenDepth++;
                return Emit(TokenKind.LeftParen, 1);
            case ')':
                if (--_parenDepth < 0)
                {
                    // Upstream reports this just after the parenthesis (its lexer has already emitted it).
                    throw new PromqlParseException(_input, _start + 1, "unexpected right parenthesis ')'");
                }
                return Emit(TokenKind.RightParen, 1);
            case '{':
                _braceOpen = true;
                return Emit(TokenKind.LeftBrace, 1);
            case '[':
                _bracketOpen = true;
                _durationStart = true;
                _gotColon = false;
                return Emit(TokenKind.LeftBracket, 1);
            case ']': throw Error("unexpected right bracket ']'");
            case '}': throw Error("unexpected character: '}'");
        }
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(next)))
        {
            return NumberOrDuration();
        }
        if (CharClass.IsAlpha(c) || c == ':')
        {
            return Word();
        }
        throw Error($"unexpected character: {CharClass.GoRune(c)}");
    }

    private Token InsideBrackets()
    {
        if (_pos >= _input.Length)
        {
            throw Error(_durationStart ? "unexpected end of input in duration expression"
                : _parenDepth != 0 ? "unclosed left parenthesis" : "unclosed left bracket");
        }
        var c = _input[_pos];
        if (c == ']')
        {
            _bracketOpen = false;
            return Emit(TokenKind.RightBracket, 1);
        }
        if (c == ':')
        {
            if (_durationStart)
            {
                // Upstream has already emitted the colon when it notices, so it reports just after it.
                throw new PromqlParseException(_input, _start + 1, "unexpected colon before duration in duration expression");
            }
            if (_gotColon)
            {
                throw Error("unexpected colon ':'");
            }
            _gotColon = true;
            return Emit(TokenKind.Colon, 1);
        }
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            _durationStart = false;
            return NumberOrDuration();
        }
        if (CharClass.IsAlpha(c))
        {
            var end = _pos;
            while (end < _input.Length && CharClass.IsAlpha(_input[end]))
            {
                end++;
            }
            var word = _input[_pos..end].ToLowerInvariant();
            if (word is "step" or "range" or "max_of" or "min_of")
            {
                return Emit(TokenKind.Keyword, end - _pos);
            }
            throw Error(_durationStart
                ? $"unexpected character in duration expression: {CharClass.GoRune(c)}"
                : $"unexpected character: {CharClass.GoRune(c)}, expected ':'");
        }
        if (_durationStart && c is not ('(' or ')' or '+' or '-' or '*' or '/' or '%' or '^' or ','))
        {
            throw Error($"unexpected character in duration expression: {CharClass.GoRune(c)}");
        }
        return Statement();
    }

    private Token InsideBraces()
    {
        if (_pos >= _input.Length)
        {
            throw Error("unexpected end of input inside braces");
        }
        var c = _input[_pos];
        var next = Peek(1);
        switch (c)
        {
            case ',': return Emit(TokenKind.Comma, 1);
            case '"' or '\'' or '`': return QuotedString();
            case '=' when next == '~': return Emit(TokenKind.Operator, 2);
            case '=': return Emit(TokenKind.Assign, 1);
            case '!' when next is '~' or '=': return Emit(TokenKind.Operator, 2);
            case '!': throw Error($"unexpected character after '!' inside braces: {CharClass.GoRune(next)}");
            case '{': throw Error("unexpected left brace '{'");
            case '}':
                _braceOpen = false;
                return Emit(TokenKind.RightBrace, 1);
        }
        if (CharClass.IsAlpha(c))
        {
            var end = _pos;
            while (end < _input.Length && CharClass.IsAlphaNumeric(_input[end]))
            {
                end++;
            }
            return Emit(TokenKind.Identifier, end - _pos);
        }
        throw Error($"unexpected character inside braces: {CharClass.GoRune(c)}");
    }

    private Token Word()
    {
        var end = _pos;
        while (end < _input.Length && (CharClass.IsAlphaNumeric(_input[end]) || _input[end] == ':'))
        {
            end++;
        }
        var word = _input[_pos..end].ToLowerInvariant();
        var kind = word switch
        {
            "inf" or "nan" => TokenKind.Number,
            _ when WordOperators.Contains(word) => TokenKind.WordOperator,
            _ when Operators.IsAggregation(word) => TokenKind.Aggregator,
            "fill" or "fill_left" or "fill_right" when !FollowedByLeftParen(end) => TokenKind.Identifier,
            _ when Keywords.Contains(word) => TokenKind.Keyword,
            _ when word.Contains(':', StringComparison.Ordinal) => TokenKind.MetricIdentifier,
            _ => TokenKind.Identifier,
        };
        return Emit(kind, end - _pos);
    }

    private bool FollowedByLeftParen(int from)
    {
        while (from < _input.Length && CharClass.IsSpace(_input[from]))
        {
            from++;
        }
        return from < _input.Length && _input[from] == '(';
    }

    private void SkipComment()
    {
        while (_pos < _input.Length && _input[_pos] is not ('\n' or '\r'))
        {
            _pos++;
        }
    }

    private Token Emit(TokenKind kind, int length)
    {
        var token = new Token(kind, _input.Substring(_start, length), _start);
        _pos = _start + length;
        return token;
    }

    private char Peek(int ahead) => _pos + ahead < _input.Length ? _input[_pos + ahead] : '\0';

    private PromqlParseException Error(string reason) => new(_input, _start, reason);
}
