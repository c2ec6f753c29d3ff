using Promql.Functions;
using Promql.Syntax;

namespace Promql.Parsing;

/// <summary>Operands: literals, parentheses, selectors, function calls and aggregations.</summary>
internal sealed partial class Parser
{
    // Keywords that may also name a metric (upstream's metric_identifier rule).
    private static readonly HashSet<string> MetricNameKeywords =
    [
        "by", "without", "offset", "start", "end", "step", "range", "anchored", "smoothed", "fill", "fill_left",
        "fill_right", "max_of", "min_of", "and", "or", "unless",
    ];

    private Expr ParsePrimary()
    {
        var token = _current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return new NumberLiteral(ParseNumber(token), false, new TextSpan(token.Start, token.End));
            case TokenKind.Duration:
                Advance();
                return new NumberLiteral(ParseDuration(token).TotalSeconds, true, new TextSpan(token.Start, token.End));
            case TokenKind.String:
                Advance();
                return new StringLiteral(StringText.Unquote(token.Text), new TextSpan(token.Start, token.End));
            case TokenKind.LeftParen:
                Advance();
                var inner = ParseExpr(0);
                var close = _current;
                Expect(TokenKind.RightParen);
                return new ParenExpr(inner, new TextSpan(token.Start, close.End));
            case TokenKind.LeftBrace:
                return ParseSelector(null, token.Start);
            case TokenKind.Identifier when PeekNext().Kind == TokenKind.LeftParen:
                return ParseCall(token);
            case TokenKind.Aggregator when PeekNext().Kind == TokenKind.LeftParen
                || PeekNext().IsKeyword("by") || PeekNext().IsKeyword("without"):
                return ParseAggregation(token);
            case TokenKind.Keyword when token.Word is "start" or "end" or "step" or "range" or "max_of" or "min_of"
                && PeekNext().Kind == TokenKind.LeftParen:
                return ParseCall(token);
            case TokenKind.Identifier or TokenKind.MetricIdentifier or TokenKind.Aggregator:
            case TokenKind.Keyword or TokenKind.WordOperator when MetricNameKeywords.Contains(token.Word):
                Advance();
                return ParseSelector(token.Text, token.Start);
            default:
                throw Unexpected();
        }
    }

    private VectorSelector ParseSelector(string? name, int start)
    {
        var end = name is null ? start : start + name.Length;
        var matchers = new List<LabelMatcher>();
        if (_current.Kind == TokenKind.LeftBrace)
        {
            Advance();
            while (_current.Kind != TokenKind.RightBrace)
            {
                matchers.Add(ParseMatcher());
                if (_current.Kind == TokenKind.Comma)
                {
                    Advance();
                }
                else if (_current.Kind != TokenKind.RightBrace)
                {
                    throw Unexpected("label matching", "\",\" or \"}\"");
                }
            }
            end = _current.End;
            Advance();
        }
        return new VectorSelector(name, matchers, Modifiers.None, new TextSpan(start, end));
    }

    private LabelMatcher ParseMatcher()
    {
        var label = _current;
        if (label.Kind is not (TokenKind.Identifier or TokenKind.String))
        {
            throw Unexpected("label matching", "identifier or \"}\"");
        }
        Advance();
        var name = label.Kind == TokenKind.String ? StringText.Unquote(label.Text) : label.Text;
        var op = _current.Kind switch
        {
            TokenKind.Assign => MatchOp.Equal,
            TokenKind.Operator when _current.Text == "!=" => MatchOp.NotEqual,
            TokenKind.Operator when _current.Text == "=~" => MatchOp.Regex,
            TokenKind.Operator when _current.Text == "!~" => MatchOp.NotRegex,
            // A lone string is a metric name in Prometheus 3's quoted form: {"my.metric"}.
            _ when label.Kind == TokenKind.String => (MatchOp?)null,
            _ => throw Unexpected("label matching", "label matching operator"),
        };
        if (op is null)
        {
            return new LabelMatcher(LabelMatcher.MetricNameLabel, MatchOp.Equal, name);
        }
        Advance();
        var value = _current;
        if (value.Kind != TokenKind.String)
        {
            throw Unexpected("label matching", "string");
        }
        Advance();
        var matcher = new LabelMatcher(name, op.Value, StringText.Unquote(value.Text));
        if (op is MatchOp.Regex or MatchOp.NotRegex && !RegexCheck.IsValid(matcher.Value, out var error))
        {
            throw Error(label.Start, "error parsing regexp: " + error);
        }
        return matcher;
    }

    private Call ParseCall(Token name)
    {
        Advance();
        var args = ParseArguments();
        Advance();
        var span = new TextSpan(name.Start, _previousEnd);
        if (!PromqlFunctions.TryGet(name.Text, out var function))
        {
            throw Error(name.Start, $"unknown function with name {StringText.Quote(name.Text)}");
        }
        if (function.Experimental && !_options.AllowExperimentalFunctions)
        {
            throw Error(name.Start, $"function {StringText.Quote(name.Text)} is not enabled");
        }
        return new Call(function, args, span);
    }

    // Leaves _current on the closing parenthesis.
    private List<Expr> ParseArguments()
    {
        Expect(TokenKind.LeftParen);
        var args = new List<Expr>();
        while (_current.Kind != TokenKind.RightParen)
        {
            args.Add(ParseExpr(0));
            if (_current.Kind == TokenKind.Comma)
            {
                var comma = _current;
                Advance();
                if (_current.Kind == TokenKind.RightParen)
                {
                    throw Error(comma.Start, "trailing commas not allowed in function call args");
                }
            }
            else if (_current.Kind != TokenKind.RightParen)
            {
                throw Unexpected();
            }
        }
        return args;
    }

    private AggregateExpr ParseAggregation(Token opToken)
    {
        var op = Operators.Aggregation(opToken.Word);
        Advance();
        var (grouping, without, hasGrouping) = ParseAggregationModifier();
        if (_current.Kind != TokenKind.LeftParen)
        {
            throw Unexpected("aggregation");
        }
        var args = ParseArguments();
        Advance();
        if (!hasGrouping && (_current.IsKeyword("by") || _current.IsKeyword("without")))
        {
            (grouping, without, _) = ParseAggregationModifier();
        }
        if (args.Count == 0)
        {
            throw Error(opToken.Start, "no arguments for aggregate expression provided");
        }
        if (op is AggregationOp.Limitk or AggregationOp.LimitRatio && !_options.AllowExperimentalFunctions)
        {
            throw Error(opToken.Start,
                $"{opToken.Word}() is experimental and must be enabled with --enable-feature=promql-experimental-functions");
        }
        var expected = Operators.HasParam(op) ? 2 : 1;
        if (args.Count != expected)
        {
            throw Error(opToken.Start,
                $"wrong number of arguments for aggregate expression provided, expected {expected}, got {args.Count}");
        }
        var param = expected == 2 ? args[0] : null;
        return new AggregateExpr(op, args[^1], param, grouping, without, new TextSpan(opToken.Start, _previousEnd));
    }

    private (IReadOnlyList<string> Grouping, bool Without, bool Written) ParseAggregationModifier()
    {
        if (!_current.IsKeyword("by") && !_current.IsKeyword("without"))
        {
            return ([], false, false);
        }
        var without = _current.IsKeyword("without");
        Advance();
        return (ParseGroupingLabels(), without, true);
    }

    private double ParseNumber(Token token)
    {
        if (NumberText.TryParse(token.Text, out var value))
        {
            return value;
        }
        var why = double.TryParse(token.Text, System.Globalization.CultureInfo.InvariantCulture, out var huge)
            && double.IsInfinity(huge) ? "value out of range" : "invalid syntax";
        throw Error(token.Start, $"error parsing number: strconv.ParseFloat: parsing {StringText.Quote(token.Text)}: {why}");
    }

    private TimeSpan ParseDuration(Token token) => DurationText.TryParse(token.Text, out var duration, out var error)
        ? duration
        : throw Error(token.Start, error);
}
