using Promql.Parsing;

namespace Promql.Syntax;

/// <summary>
/// Vector matching of a binary operator: <c>on(…)</c> or <c>ignoring(…)</c> (<see cref="On"/>), and
/// <c>group_left(…)</c>/<c>group_right(…)</c> as the cardinality with its extra labels in <see cref="Include"/>.
/// <see cref="Written"/> says whether on/ignoring appeared at all (so <c>ignoring()</c> prints back).
/// </summary>
public sealed record VectorMatching(
    MatchCardinality Card, IReadOnlyList<string> Labels, bool On, IReadOnlyList<string> Include, bool Written)
{
    public override string ToString()
    {
        if (!Written)
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
