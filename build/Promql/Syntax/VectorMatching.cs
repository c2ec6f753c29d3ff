using Promql.Parsing;

namespace Promql.Syntax;

/// <summary>
/// Vector matching of a binary operator: <c>on(…)</c> or <c>ignoring(…)</c> (<see cref="On"/>), and
/// <c>group_left(…)</c>/<c>group_right(…)</c> as the cardinality with its extra labels in <see cref="Include"/>.
/// An empty <c>ignoring()</c> means no matching clause and prints as none, as in Prometheus.
/// </summary>
public sealed record VectorMatching(
    MatchCardinality Card, IReadOnlyList<string> Labels, bool On, IReadOnlyList<string> Include)
{
    public override string ToString()
    {
        var grouped = Card is MatchCardinality.ManyToOne or MatchCardinality.OneToMany;
        if (Labels.Count == 0 && !On && !grouped)
        {
            return string.Empty;
        }
        var text = (On ? " on (" : " ignoring (") + NameText.LabelList(Labels) + ")";
        return Card switch
        {
            MatchCardinality.ManyToOne => text + " group_left (" + NameText.LabelList(Include) + ")",
            MatchCardinality.OneToMany => text + " group_right (" + NameText.LabelList(Include) + ")",
            _ => text,
        };
    }
}
