using System.Globalization;
using System.Text.RegularExpressions;
using Promql.Parsing;
using Promql.Syntax;

namespace Promql.Tests;

/// <summary>
/// A canonical one-line form of a tree, the same one TestData/port_parse_test.py derives from the Go expected
/// trees: node kinds, operators, sorted matchers (metric name included), ranges/steps/offsets in milliseconds.
/// Positions are left out (upstream's are byte offsets and cover a few nodes differently).
/// </summary>
internal static partial class TreeShape
{
    public static string Of(Expr node) => node switch
    {
        NumberLiteral n => $"num({Number(n.Value)})",
        StringLiteral s => $"str({Quote(s.Value)})",
        VectorSelector vs => "vs(" + string.Join(",", vs.AllMatchers.Select(m => m.Name + m.OpText + Quote(m.Value))
            .Order(StringComparer.Ordinal)) + Mods(vs.Modifiers) + ")",
        MatrixSelector ms => $"ms({Of(ms.Selector)} range={Ms(ms.Range)})",
        SubqueryExpr sq => $"sq({Of(sq.Inner)} range={Ms(sq.Range)} step={Ms(sq.Step ?? TimeSpan.Zero)}{Mods(sq.Modifiers)})",
        Call c => "call(" + c.Function.Name + string.Concat(c.Args.Select(a => ", " + Of(a))) + ")",
        AggregateExpr a => "agg(" + string.Join(", ", new[]
            {
                a.OpText,
                a.Without ? $"without({string.Join(",", a.Grouping)})"
                    : a.Grouping.Count > 0 ? $"by({string.Join(",", a.Grouping)})" : null,
                a.Param is null ? null : Of(a.Param),
                Of(a.Inner),
            }.OfType<string>()) + ")",
        BinaryExpr b => $"bin({b.OpText}{(b.ReturnBool ? " bool" : "")}{Matching(b.Matching)}, {Of(b.Lhs)}, {Of(b.Rhs)})",
        ParenExpr p => $"paren({Of(p.Inner)})",
        UnaryExpr u => (u.Negate ? "neg(" : "pos(") + Of(u.Operand) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name),
    };

    private static string Matching(VectorMatching? m)
    {
        if (m is null)
        {
            return string.Empty;
        }
        var text = m.On ? $" on({string.Join(",", m.Labels)})"
            : m.Labels.Count > 0 ? $" ignoring({string.Join(",", m.Labels)})" : string.Empty;
        return m.Card switch
        {
            MatchCardinality.ManyToOne => text + $" group_left({string.Join(",", m.Include)})",
            MatchCardinality.OneToMany => text + $" group_right({string.Join(",", m.Include)})",
            _ => text,
        };
    }

    private static string Mods(Modifiers m) =>
        (m.Offset != TimeSpan.Zero ? " offset=" + Ms(m.Offset) : string.Empty)
        + m.At switch
        {
            null => string.Empty,
            { Kind: AtKind.Start } => " @=start",
            { Kind: AtKind.End } => " @=end",
            var at => " @=" + at.TimestampMilliseconds.ToString(CultureInfo.InvariantCulture),
        };

    private static string Ms(TimeSpan t) => Number(t.TotalMilliseconds);

    private static string Number(double v)
    {
        if (double.IsFinite(v) && Math.Floor(v) == v && Math.Abs(v) < 1e18)
        {
            return ((long)v).ToString(CultureInfo.InvariantCulture);
        }
        var text = NumberText.Format(v);
        return Exponent().Replace(text, m => "e" + (m.Groups[1].Value == "-" ? "-" : "") + m.Groups[2].Value);
    }

    private static string Quote(string s) =>
        "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"E([+-])0*(\d+)")]
    private static partial Regex Exponent();
}
