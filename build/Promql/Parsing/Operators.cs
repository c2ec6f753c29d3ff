using Promql.Syntax;

namespace Promql.Parsing;

/// <summary>
/// Operator spellings and precedence, from promql/parser/generated_parser.y: <c>or</c> lowest, then
/// <c>and unless</c>, comparisons, <c>+ -</c>, <c>* / % atan2</c>, and <c>^</c> highest (right-associative).
/// Unary minus binds like <c>*</c>, so <c>-a^b</c> is <c>-(a^b)</c> and <c>-a*b</c> is <c>(-a)*b</c>.
/// </summary>
internal static class Operators
{
    public const int UnaryPrecedence = 5;

    private static readonly Dictionary<string, (BinaryOp Op, int Precedence)> Binary = new(StringComparer.Ordinal)
    {
        ["or"] = (BinaryOp.Or, 1),
        ["and"] = (BinaryOp.And, 2),
        ["unless"] = (BinaryOp.Unless, 2),
        ["=="] = (BinaryOp.Eql, 3),
        ["!="] = (BinaryOp.Neq, 3),
        [">"] = (BinaryOp.Gtr, 3),
        ["<"] = (BinaryOp.Lss, 3),
        [">="] = (BinaryOp.Gte, 3),
        ["<="] = (BinaryOp.Lte, 3),
        ["+"] = (BinaryOp.Add, 4),
        ["-"] = (BinaryOp.Sub, 4),
        ["*"] = (BinaryOp.Mul, 5),
        ["/"] = (BinaryOp.Div, 5),
        ["%"] = (BinaryOp.Mod, 5),
        ["atan2"] = (BinaryOp.Atan2, 5),
        ["^"] = (BinaryOp.Pow, 6),
    };

    private static readonly Dictionary<string, AggregationOp> Aggregations = new(StringComparer.Ordinal)
    {
        ["sum"] = AggregationOp.Sum, ["avg"] = AggregationOp.Avg, ["count"] = AggregationOp.Count,
        ["min"] = AggregationOp.Min, ["max"] = AggregationOp.Max, ["group"] = AggregationOp.Group,
        ["stddev"] = AggregationOp.Stddev, ["stdvar"] = AggregationOp.Stdvar, ["topk"] = AggregationOp.Topk,
        ["bottomk"] = AggregationOp.Bottomk, ["count_values"] = AggregationOp.CountValues,
        ["quantile"] = AggregationOp.Quantile, ["limitk"] = AggregationOp.Limitk,
        ["limit_ratio"] = AggregationOp.LimitRatio,
    };

    public static bool TryBinary(Token token, out BinaryOp op, out int precedence)
    {
        if (token.Kind is TokenKind.Operator or TokenKind.WordOperator && Binary.TryGetValue(token.Word, out var entry))
        {
            (op, precedence) = entry;
            return true;
        }
        (op, precedence) = (default, 0);
        return false;
    }

    public static string BinaryText(BinaryOp op) => Binary.First(kv => kv.Value.Op == op).Key;

    public static bool IsComparison(BinaryOp op) => op is >= BinaryOp.Eql and <= BinaryOp.Lte;

    public static bool IsSet(BinaryOp op) => op is BinaryOp.And or BinaryOp.Or or BinaryOp.Unless;

    public static bool IsAggregation(string word) => Aggregations.ContainsKey(word);

    public static AggregationOp Aggregation(string word) => Aggregations[word];

    public static string AggregationText(AggregationOp op) => Aggregations.First(kv => kv.Value == op).Key;

    /// <summary>Aggregations whose first argument is a parameter (k, φ, the label name, the ratio).</summary>
    public static bool HasParam(AggregationOp op) => op is AggregationOp.Topk or AggregationOp.Bottomk
        or AggregationOp.Quantile or AggregationOp.CountValues or AggregationOp.Limitk or AggregationOp.LimitRatio;
}
