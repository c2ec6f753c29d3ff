using Promql.Parsing;

namespace Promql.Syntax;

/// <summary>
/// An instant vector selector: <c>name{matchers} offset … @ …</c>. <see cref="Matchers"/> are the ones written
/// in braces (a name written inside braces, <c>{__name__="x"}</c> or <c>{"x"}</c>, is one of them);
/// <see cref="AllMatchers"/> adds the matcher for a name written outside.
/// </summary>
public sealed record VectorSelector(string? Name, IReadOnlyList<LabelMatcher> Matchers, Modifiers Modifiers, TextSpan Span)
    : Expr(Span)
{
    public override PromqlType Type => PromqlType.Vector;

    public override IEnumerable<Expr> Children => [];

    /// <summary>Every matcher the selector applies, the metric name included, as Prometheus evaluates them.</summary>
    public IReadOnlyList<LabelMatcher> AllMatchers => Name is null
        ? Matchers
        : [.. Matchers, new LabelMatcher(LabelMatcher.MetricNameLabel, MatchOp.Equal, Name)];

    /// <summary>The metric name, whether written outside the braces or as an equality matcher inside them.</summary>
    public string? MetricName => Name
        ?? Matchers.FirstOrDefault(m => m.Name == LabelMatcher.MetricNameLabel && m.Op == MatchOp.Equal)?.Value;

    // As Prometheus prints it: matchers sorted and comma-joined, a name inside braces as __name__="x".
    public override string ToString()
    {
        var name = Name is null ? string.Empty : NameText.Metric(Name);
        var braces = Matchers.Count == 0 && Name is not null
            ? string.Empty
            : "{" + string.Join(",", Matchers.Select(m => m.ToString()).Order(StringComparer.Ordinal)) + "}";
        return name + braces + Modifiers;
    }
}
