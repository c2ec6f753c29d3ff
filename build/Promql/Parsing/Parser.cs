using Promql.Syntax;

namespace Promql.Parsing;

/// <summary>
/// Recursive descent with precedence climbing for binary operators (see <see cref="Operators"/>). Postfix
/// modifiers (<c>[range]</c>, <c>[range:step]</c>, <c>offset</c>, <c>@</c>) bind tighter than any operator, as
/// upstream's grammar gives them the highest precedence. Stops at the first error, with Prometheus's message.
/// </summary>
internal sealed partial class Parser
{
    private readonly string _input;
    private readonly Lexer _lexer;
    private readonly PromqlParserOptions _options;
    private Token _current;
    private Token? _lookahead;
    private int _previousEnd;
    private int _depth;

    public Parser(string input, PromqlParserOptions options)
    {
        _input = input;
        _options = options;
        _lexer = new Lexer(input);
        _current = _lexer.Next();
    }

    public Expr ParseQuery()
    {
        if (_current.Kind == TokenKind.Eof)
        {
            throw Error(0, "no expression found in input");
        }
        var expr = ParseExpr(0);
        if (_current.Kind != TokenKind.Eof)
        {
            throw Unexpected();
        }
        return expr;
    }

    private Expr ParseExpr(int minPrecedence)
    {
        if (++_depth > SyntaxDepth.Max)
        {
            throw Error(_current.Start, $"expression nested more than {SyntaxDepth.Max} levels deep");
        }
        var lhs = ParseUnary();
        while (Operators.TryBinary(_current, out var op, out var precedence) && precedence >= minPrecedence)
        {
            Advance();
            var (returnBool, matching) = ParseBinaryModifiers();
            // ^ is right-associative: its right side may hold another ^ of the same precedence.
            var rhs = ParseExpr(op == BinaryOp.Pow ? precedence : precedence + 1);
            lhs = new BinaryExpr(op, lhs, rhs, returnBool, matching, new TextSpan(lhs.Span.Start, rhs.Span.End));
        }
        _depth--;
        return lhs;
    }

    private Expr ParseUnary()
    {
        if (_current.Kind == TokenKind.Operator && _current.Text is "+" or "-")
        {
            var sign = _current;
            Advance();
            var operand = ParseExpr(Operators.UnaryPrecedence + 1);
            var span = new TextSpan(sign.Start, operand.Span.End);
            var negate = sign.Text == "-";
            // Upstream folds a sign into a number literal: -1 is a number, not an operation.
            return operand is NumberLiteral number
                ? number with { Value = negate ? -number.Value : number.Value, Span = span }
                : new UnaryExpr(negate, operand, span);
        }
        return ParsePostfix(ParsePrimary());
    }

    private (bool ReturnBool, VectorMatching Matching) ParseBinaryModifiers()
    {
        var returnBool = false;
        if (_current.IsKeyword("bool"))
        {
            returnBool = true;
            Advance();
        }
        var matching = new VectorMatching(MatchCardinality.OneToOne, [], false, []);
        if (_current.IsKeyword("on") || _current.IsKeyword("ignoring"))
        {
            var on = _current.IsKeyword("on");
            Advance();
            matching = matching with { On = on, Labels = ParseGroupingLabels() };
            if (_current.IsKeyword("group_left") || _current.IsKeyword("group_right"))
            {
                var card = _current.IsKeyword("group_left") ? MatchCardinality.ManyToOne : MatchCardinality.OneToMany;
                Advance();
                var include = _current.Kind == TokenKind.LeftParen ? ParseGroupingLabels() : [];
                matching = matching with { Card = card, Include = include };
            }
        }
        if (_current.Kind == TokenKind.Keyword && _current.Word is "fill" or "fill_left" or "fill_right")
        {
            throw Error(_current.Start, "binop fill modifiers are experimental and not enabled");
        }
        return (returnBool, matching);
    }

    private IReadOnlyList<string> ParseGroupingLabels()
    {
        if (_current.Kind != TokenKind.LeftParen)
        {
            throw Unexpected("grouping opts", "\"(\"");
        }
        Advance();
        var labels = new List<string>();
        while (_current.Kind != TokenKind.RightParen)
        {
            var label = _current;
            var name = label.Kind switch
            {
                TokenKind.String => StringText.Unquote(label.Text),
                TokenKind.Identifier or TokenKind.MetricIdentifier or TokenKind.Keyword or TokenKind.Aggregator
                    or TokenKind.WordOperator => label.Text,
                _ => throw Unexpected("grouping opts", "label"),
            };
            if (name.Length == 0)
            {
                throw Error(label.Start, "invalid label name for grouping: \"\"");
            }
            labels.Add(name);
            Advance();
            if (_current.Kind == TokenKind.Comma)
            {
                Advance();
            }
            else if (_current.Kind != TokenKind.RightParen)
            {
                throw Unexpected("grouping opts", "\",\" or \")\"");
            }
        }
        Advance();
        return labels;
    }

    private void Advance()
    {
        _previousEnd = _current.End;
        _current = _lookahead ?? _lexer.Next();
        _lookahead = null;
    }

    private Token PeekNext() => _lookahead ??= _lexer.Next();

    private void Expect(TokenKind kind)
    {
        if (_current.Kind != kind)
        {
            throw Unexpected();
        }
        Advance();
    }

    private PromqlParseException Error(int offset, string reason) => new(_input, offset, reason);

    // Upstream's "unexpected <token>[ in <context>][, expected <what>]" at the token.
    private PromqlParseException Unexpected(string? context = null, string? expected = null) =>
        Error(_current.Start, "unexpected " + _current.Describe()
            + (context is null ? string.Empty : " in " + context)
            + (expected is null ? string.Empty : ", expected " + expected));
}
