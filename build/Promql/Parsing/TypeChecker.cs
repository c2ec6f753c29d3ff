using Promql.Syntax;

namespace Promql.Parsing;

/// <summary>
/// Upstream's checkAST after a successful parse: argument counts and types, aggregation parameters, binary
/// operand types, <c>bool</c> and set-operator rules, empty selectors. Returns the tree as Prometheus keeps it:
/// set operators many-to-many, no vector matching where a side is a scalar.
/// </summary>
internal sealed class TypeChecker(string input)
{
    public Expr Check(Expr node) => node switch
    {
        AggregateExpr agg => CheckAggregation(agg),
        BinaryExpr bin => CheckBinary(bin),
        Call call => CheckCall(call),
        ParenExpr paren => paren with { Inner = Check(paren.Inner) },
        UnaryExpr unary => CheckUnary(unary),
        SubqueryExpr sub => CheckSubquery(sub),
        MatrixSelector ms => ms with { Selector = (VectorSelector)Check(ms.Selector) },
        VectorSelector vs => CheckSelector(vs),
        _ => node,
    };

    private AggregateExpr CheckAggregation(AggregateExpr agg)
    {
        var inner = Expect(agg.Inner, PromqlType.Vector, "aggregation expression");
        var param = agg.Param;
        if (param is not null)
        {
            var wanted = agg.Op == AggregationOp.CountValues ? PromqlType.String : PromqlType.Scalar;
            param = Expect(param, wanted, "aggregation parameter");
        }
        return agg with { Inner = inner, Param = param };
    }

    private BinaryExpr CheckBinary(BinaryExpr bin)
    {
        var lhs = Check(bin.Lhs);
        var rhs = Check(bin.Rhs);
        var (lt, rt) = (lhs.Type, rhs.Type);
        var isSet = Operators.IsSet(bin.Op);
        if (bin.ReturnBool && !Operators.IsComparison(bin.Op))
        {
            throw Error(OperatorStart(bin), "bool modifier can only be used on comparison operators");
        }
        if (Operators.IsComparison(bin.Op) && !bin.ReturnBool && lt == PromqlType.Scalar && rt == PromqlType.Scalar)
        {
            throw Error(OperatorStart(bin), "comparisons between scalars must use BOOL modifier");
        }
        var matching = bin.Matching;
        if (matching is not null && isSet && matching.Card == MatchCardinality.OneToOne)
        {
            matching = matching with { Card = MatchCardinality.ManyToMany };
        }
        var both = matching is { On: true } ? matching.Labels.Intersect(matching.Include).FirstOrDefault() : null;
        if (both is not null)
        {
            throw Error(OperatorStart(bin), $"label {StringText.Quote(both)} must not occur in ON and GROUP clause at once");
        }
        if (lt is not (PromqlType.Scalar or PromqlType.Vector))
        {
            throw Error(lhs.Span.Start, "binary expression must contain only scalar and instant vector types");
        }
        if (rt is not (PromqlType.Scalar or PromqlType.Vector))
        {
            throw Error(rhs.Span.Start, "binary expression must contain only scalar and instant vector types");
        }
        if ((lt != PromqlType.Vector || rt != PromqlType.Vector) && matching is not null)
        {
            if (matching.Labels.Count > 0)
            {
                throw Error(bin.Span.Start, "vector matching only allowed between instant vectors");
            }
            matching = null;
        }
        else if (isSet && matching is not null)
        {
            if (matching.Card is MatchCardinality.OneToMany or MatchCardinality.ManyToOne)
            {
                throw Error(bin.Span.Start, $"no grouping allowed for \"{bin.OpText}\" operation");
            }
        }
        if ((lt == PromqlType.Scalar || rt == PromqlType.Scalar) && isSet)
        {
            throw Error(bin.Span.Start, $"set operator \"{bin.OpText}\" not allowed in binary scalar expression");
        }
        return bin with { Lhs = lhs, Rhs = rhs, Matching = matching };
    }

    private Call CheckCall(Call call)
    {
        var f = call.Function;
        var declared = f.ArgTypes.Count;
        var quoted = StringText.Quote(f.Name);
        if (f.Variadic == 0 && declared != call.Args.Count)
        {
            throw Error(call.Span.Start, $"expected {declared} argument(s) in call to {quoted}, got {call.Args.Count}");
        }
        if (f.Variadic != 0 && declared - 1 > call.Args.Count)
        {
            throw Error(call.Span.Start, $"expected at least {declared - 1} argument(s) in call to {quoted}, got {call.Args.Count}");
        }
        if (f.Variadic > 0 && declared - 1 + f.Variadic < call.Args.Count)
        {
            throw Error(call.Span.Start,
                $"expected at most {declared - 1 + f.Variadic} argument(s) in call to {quoted}, got {call.Args.Count}");
        }
        var args = new List<Expr>(call.Args.Count);
        for (var i = 0; i < call.Args.Count; i++)
        {
            var wanted = f.ArgTypes[Math.Min(i, declared - 1)];
            args.Add(Expect(call.Args[i], wanted, $"call to function {quoted}"));
        }
        return call with { Args = args };
    }

    private UnaryExpr CheckUnary(UnaryExpr unary)
    {
        var operand = Check(unary.Operand);
        return operand.Type is PromqlType.Scalar or PromqlType.Vector
            ? unary with { Operand = operand }
            : throw Error(unary.Span.Start,
                $"unary expression only allowed on expressions of type scalar or instant vector, got \"{Documented(operand.Type)}\"");
    }

    private SubqueryExpr CheckSubquery(SubqueryExpr sub)
    {
        var inner = Check(sub.Inner);
        return inner.Type == PromqlType.Vector
            ? sub with { Inner = inner }
            : throw Error(sub.Span.Start,
                $"subquery is only allowed on instant vector, got {inner.Type.ToString().ToLowerInvariant()} instead");
    }

    private VectorSelector CheckSelector(VectorSelector vs)
    {
        if (vs.Name is not null)
        {
            var other = vs.Matchers.FirstOrDefault(m => m.Name == LabelMatcher.MetricNameLabel);
            return other is null
                ? vs
                : throw Error(vs.Span.Start,
                    $"metric name must not be set twice: {StringText.Quote(vs.Name)} or {StringText.Quote(other.Value)}");
        }
        return vs.Matchers.Any(m => !m.MatchesEmpty)
            ? vs
            : throw Error(vs.Span.Start, "vector selector must contain at least one non-empty matcher");
    }

    private Expr Expect(Expr node, PromqlType wanted, string context)
    {
        var checkedNode = Check(node);
        return checkedNode.Type == wanted
            ? checkedNode
            : throw Error(node.Span.Start, $"expected type {Documented(wanted)} in {context}, got {Documented(checkedNode.Type)}");
    }

    // The operator's position: the first non-space character after the left operand.
    private int OperatorStart(BinaryExpr bin)
    {
        var i = bin.Lhs.Span.End;
        while (i < input.Length && CharClass.IsSpace(input[i]))
        {
            i++;
        }
        return i;
    }

    private PromqlParseException Error(int offset, string reason) => new(input, offset, reason);

    private static string Documented(PromqlType type) => type switch
    {
        PromqlType.Vector => "instant vector",
        PromqlType.Matrix => "range vector",
        PromqlType.Scalar => "scalar",
        PromqlType.String => "string",
        _ => "none",
    };
}
