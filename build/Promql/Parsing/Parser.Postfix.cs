using System.Globalization;
using Promql.Syntax;

namespace Promql.Parsing;

/// <summary>
/// Postfix modifiers: range <c>[5m]</c>, subquery <c>[1h:5m]</c>, <c>offset</c> (signed) and <c>@</c>
/// (timestamp, <c>start()</c>, <c>end()</c>), with the checks of upstream's parse.go (addOffset, setTimestamp).
/// </summary>
internal sealed partial class Parser
{
    private const string RangeExpected = "number, duration, step(), or range()";

    private Expr ParsePostfix(Expr expr)
    {
        while (true)
        {
            if (_current.Kind == TokenKind.LeftBracket)
            {
                expr = ParseRangeOrSubquery(expr);
            }
            else if (_current.IsKeyword("offset"))
            {
                expr = ParseOffset(expr);
            }
            else if (_current.Kind == TokenKind.Operator && _current.Text == "@")
            {
                expr = ParseAt(expr);
            }
            else if (_current.IsKeyword("anchored") || _current.IsKeyword("smoothed"))
            {
                throw Error(_current.Start,
                    $"{_current.Word} modifier is experimental and not enabled (promql-extended-range-selectors)");
            }
            else
            {
                return expr;
            }
        }
    }

    private Expr ParseRangeOrSubquery(Expr expr)
    {
        var open = _current;
        Advance();
        var range = ParsePositiveDuration("subquery or range selector", RangeExpected);
        if (_current.Kind == TokenKind.RightBracket)
        {
            var close = _current;
            Advance();
            var reason = expr switch
            {
                not VectorSelector => "ranges only allowed for vector selectors",
                VectorSelector { Modifiers.Offset.Ticks: not 0 } => "no offset modifiers allowed before range",
                VectorSelector { Modifiers.At: not null } => "no @ modifiers allowed before range",
                _ => null,
            };
            return reason is null
                ? new MatrixSelector((VectorSelector)expr, range, new TextSpan(expr.Span.Start, close.End))
                : throw Error(open.Start, reason);
        }
        if (_current.Kind != TokenKind.Colon)
        {
            throw Unexpected("subquery or range", "\":\" or \"]\"");
        }
        Advance();
        TimeSpan? step = null;
        if (_current.Kind != TokenKind.RightBracket)
        {
            step = ParsePositiveDuration("subquery selector", RangeExpected + ", or \"]\"");
            if (_current.Kind != TokenKind.RightBracket)
            {
                throw Unexpected("subquery selector", "\"]\"");
            }
        }
        var end = _current.End;
        Advance();
        return new SubqueryExpr(expr, range, step, Modifiers.None, new TextSpan(expr.Span.Start, end));
    }

    private TimeSpan ParsePositiveDuration(string context, string expected)
    {
        var token = _current;
        if (token.Kind == TokenKind.Keyword && PeekNext().Kind != TokenKind.LeftParen)
        {
            Advance();
            throw Unexpected(context, expected);
        }
        if (token.Kind == TokenKind.Keyword || token.Kind == TokenKind.LeftParen
            || (token.Kind == TokenKind.Operator && token.Text is "+" or "-"))
        {
            throw Error(token.Start, "duration expressions (arithmetic, step(), range()) are experimental and not supported");
        }
        if (token.Kind is not (TokenKind.Number or TokenKind.Duration))
        {
            throw Unexpected(context, expected);
        }
        Advance();
        if (_current.Kind == TokenKind.Operator && _current.Text is not "@")
        {
            throw Error(_current.Start, "duration expressions (arithmetic, step(), range()) are experimental and not supported");
        }
        var duration = ToDuration(token);
        return duration > TimeSpan.Zero ? duration : throw Error(token.Start, "duration must be greater than 0");
    }

    private Expr ParseOffset(Expr expr)
    {
        Advance();
        var sign = _current;
        var negative = false;
        if (sign.Kind == TokenKind.Operator && sign.Text is "+" or "-")
        {
            negative = sign.Text == "-";
            Advance();
        }
        var token = _current;
        if (token.Kind is not (TokenKind.Number or TokenKind.Duration))
        {
            throw token.Kind == TokenKind.Keyword && token.Word is "step" or "range"
                ? Error(token.Start, "duration expressions (arithmetic, step(), range()) are experimental and not supported")
                : Unexpected("offset", RangeExpected);
        }
        Advance();
        var offset = ToDuration(token);
        var modifiers = ModifiersOf(expr, "offset modifier");
        if (modifiers.Offset != TimeSpan.Zero)
        {
            throw Error(expr.Span.Start, "offset may not be set multiple times");
        }
        return WithModifiers(expr, modifiers with { Offset = negative ? -offset : offset });
    }

    private Expr ParseAt(Expr expr)
    {
        Advance();
        AtModifier at;
        if (_current.IsKeyword("start") || _current.IsKeyword("end"))
        {
            var kind = _current.IsKeyword("start") ? AtKind.Start : AtKind.End;
            Advance();
            Expect(TokenKind.LeftParen);
            Expect(TokenKind.RightParen);
            at = new AtModifier(kind);
        }
        else
        {
            at = new AtModifier(AtKind.Timestamp, ParseTimestamp(expr));
        }
        var modifiers = ModifiersOf(expr, "@ modifier");
        if (modifiers.At is not null)
        {
            throw Error(expr.Span.Start, "@ <timestamp> may not be set multiple times");
        }
        return WithModifiers(expr, modifiers with { At = at });
    }

    private long ParseTimestamp(Expr expr)
    {
        var negative = false;
        if (_current.Kind == TokenKind.Operator && _current.Text is "+" or "-")
        {
            negative = _current.Text == "-";
            Advance();
        }
        var token = _current;
        if (token.Kind is not (TokenKind.Number or TokenKind.Duration))
        {
            throw Unexpected("@", "timestamp");
        }
        Advance();
        var seconds = token.Kind == TokenKind.Number ? ParseNumber(token) : ParseDuration(token).TotalSeconds;
        seconds = negative ? -seconds : seconds;
        if (double.IsInfinity(seconds) || double.IsNaN(seconds) || Math.Abs(seconds) >= long.MaxValue / 1000.0)
        {
            throw Error(expr.Span.Start, "timestamp out of bounds for @ modifier: "
                + (double.IsFinite(seconds) ? seconds.ToString("F6", CultureInfo.InvariantCulture) : NumberText.Format(seconds)));
        }
        return (long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero);
    }

    // Numbers in a duration position are seconds (Prometheus 3: foo[300] is foo[5m]).
    private TimeSpan ToDuration(Token token)
    {
        if (token.Kind == TokenKind.Duration)
        {
            return ParseDuration(token);
        }
        var seconds = ParseNumber(token);
        if (double.IsNaN(seconds) || Math.Abs(seconds) > long.MaxValue / 1e9)
        {
            throw Error(token.Start, "duration out of range");
        }
        return TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
    }

    private Modifiers ModifiersOf(Expr expr, string what) => expr switch
    {
        VectorSelector vs => vs.Modifiers,
        MatrixSelector ms => ms.Selector.Modifiers,
        SubqueryExpr sq => sq.Modifiers,
        _ => throw Error(expr.Span.Start,
            $"{what} must be preceded by an instant vector selector or range vector selector or a subquery"),
    };

    private Expr WithModifiers(Expr expr, Modifiers modifiers)
    {
        var span = expr.Span with { End = _previousEnd };
        return expr switch
        {
            VectorSelector vs => vs with { Modifiers = modifiers, Span = span },
            MatrixSelector ms => ms with { Selector = ms.Selector with { Modifiers = modifiers }, Span = span },
            _ => ((SubqueryExpr)expr) with { Modifiers = modifiers, Span = span },
        };
    }
}
