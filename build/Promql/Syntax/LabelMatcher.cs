using Promql.Parsing;

namespace Promql.Syntax;

/// <summary>One matcher of a selector, e.g. <c>job=~"orders|api"</c>. The value is unquoted.</summary>
public sealed record LabelMatcher(string Name, MatchOp Op, string Value)
{
    /// <summary>The label that carries the metric name.</summary>
    public const string MetricNameLabel = "__name__";

    /// <summary>The operator as written in PromQL.</summary>
    public string OpText => Op switch
    {
        MatchOp.Equal => "=",
        MatchOp.NotEqual => "!=",
        MatchOp.Regex => "=~",
        _ => "!~",
    };

    /// <summary>Whether the matcher selects series that lack the label (an empty value matches it).</summary>
    public bool MatchesEmpty => Op switch
    {
        MatchOp.Equal => Value.Length == 0,
        MatchOp.NotEqual => Value.Length != 0,
        MatchOp.Regex => RegexCheck.MatchesEmpty(Value),
        _ => !RegexCheck.MatchesEmpty(Value),
    };

    /// <summary>Whether a series whose label has <paramref name="value"/> is selected (an absent label is the
    /// empty value), as Prometheus evaluates the matcher: regular expressions anchored at both ends.</summary>
    public bool Matches(string value) => Op switch
    {
        MatchOp.Equal => value == Value,
        MatchOp.NotEqual => value != Value,
        MatchOp.Regex => RegexCheck.FullyMatches(Value, value),
        _ => !RegexCheck.FullyMatches(Value, value),
    };

    public override string ToString() => NameText.Label(Name) + OpText + StringText.Quote(Value);
}
