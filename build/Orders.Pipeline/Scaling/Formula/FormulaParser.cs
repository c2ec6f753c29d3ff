namespace Orders.Pipeline.Scaling.Formula;

/// <summary>
/// Reads <c>spec.advanced.scalingModifiers.formula</c> as far as KEDA's documented examples go
/// (keda-docs concepts/scaling-deployments.md, "Scaling Modifiers"): numbers, trigger names, <c>+ - * /</c>,
/// <c>**</c>/<c>^</c>, comparisons, <c>&amp;&amp; || !</c> (and <c>and or not</c>), <c>cond ? a : b</c>, parentheses and
/// <c>min(...)</c>/<c>max(...)</c>. Precedence is expr-lang's (github.com/expr-lang/expr parser/operator
/// precedence: <c>?:</c> &lt; <c>||</c> &lt; <c>&amp;&amp;</c> &lt; comparisons &lt; <c>+ -</c> &lt; <c>* /</c> &lt; unary &lt; <c>**</c>).
/// Everything else expr-lang offers (other builtins such as <c>count</c>, <c>??</c>, <c>%</c>, arrays, maps, strings,
/// predicates, member access, pipes) is refused naming what was found and the field, rather than evaluated
/// differently from KEDA. A name that is not a trigger's is refused as KEDA's webhook refuses it (the formula
/// must compile against the triggers' names, <c>validateScalingModifiersFormula</c>).
/// </summary>
public sealed partial class FormulaParser
{
    private readonly List<FormulaToken> _tokens;
    private readonly IReadOnlyList<string?> _triggerNames;
    private readonly string _field;
    private readonly SortedSet<int> _used = [];
    private int _next;

    private FormulaParser(string text, IReadOnlyList<string?> triggerNames, string field)
    {
        _tokens = FormulaLexer.Tokens(text, field);
        _triggerNames = triggerNames;
        _field = field;
    }

    /// <param name="triggerNames">Each trigger's <c>name</c> (null where it has none), by index.</param>
    /// <param name="field">Where the formula is, for errors: file, line, ScaledObject and field path.</param>
    public static FormulaExpression Parse(string text, IReadOnlyList<string?> triggerNames, string field)
    {
        var parser = new FormulaParser(text, triggerNames, field);
        var node = parser.Ternary();
        parser.Expect(FormulaTokenKind.End, "end of formula");
        if (node.IsCondition)
        {
            throw new InvalidDataException($"{field}: the formula gives true/false, not a number; KEDA wraps it in float(), which fails on a bool: use cond ? x : y.");
        }
        return new FormulaExpression(text, node.Number!, [.. parser._used]);
    }

    private FormulaToken Peek => _tokens[_next];

    private bool Accept(string symbol)
    {
        if (Peek.Kind is FormulaTokenKind.Symbol or FormulaTokenKind.Name && Peek.Text == symbol)
        {
            _next++;
            return true;
        }
        return false;
    }

    private FormulaToken Expect(FormulaTokenKind kind, string what, string? text = null)
    {
        var token = Peek;
        if (token.Kind != kind || (text is not null && token.Text != text))
        {
            throw Refused(token, $"expected {what}");
        }
        _next++;
        return token;
    }

    private FormulaNode Ternary()
    {
        var condition = Or();
        if (Peek.Text == "??")
        {
            throw Refused(Peek, "'??' (nil coalescing) works only with fallback.behavior scalingModifiers, which replay does not model");
        }
        if (!Accept("?"))
        {
            return condition;
        }
        var whenTrue = Ternary();
        Expect(FormulaTokenKind.Symbol, "':' of the ternary", ":");
        var whenFalse = Ternary();
        var test = AsCondition(condition, "the condition before '?'");
        if (whenTrue.IsCondition != whenFalse.IsCondition)
        {
            throw new InvalidDataException($"{_field}: both branches of '?:' must be numbers (or both true/false).");
        }
        return whenTrue.IsCondition
            ? FormulaNode.Of(v => test(v) ? whenTrue.Condition!(v) : whenFalse.Condition!(v))
            : FormulaNode.Of(v => test(v) ? whenTrue.Number!(v) : whenFalse.Number!(v));
    }

    private FormulaNode Or()
    {
        var left = And();
        while (Accept("||") || Accept("or"))
        {
            var (l, r) = (AsCondition(left, "the left of '||'"), AsCondition(And(), "the right of '||'"));
            left = FormulaNode.Of(v => l(v) || r(v));
        }
        return left;
    }

    private FormulaNode And()
    {
        var left = Comparison();
        while (Accept("&&") || Accept("and"))
        {
            var (l, r) = (AsCondition(left, "the left of '&&'"), AsCondition(Comparison(), "the right of '&&'"));
            left = FormulaNode.Of(v => l(v) && r(v));
        }
        return left;
    }

    private FormulaNode Comparison()
    {
        var left = Additive();
        while (Peek.Kind == FormulaTokenKind.Symbol && Peek.Text is "==" or "!=" or "<" or "<=" or ">" or ">="
            || Peek.Kind == FormulaTokenKind.Name && Peek.Text is "in" or "matches" or "contains" or "startsWith" or "endsWith")
        {
            var op = Peek;
            if (op.Kind == FormulaTokenKind.Name)
            {
                throw Refused(op, $"operator '{op.Text}' is not supported");
            }
            _next++;
            var (l, r) = (AsNumber(left, $"the left of '{op.Text}'"), AsNumber(Additive(), $"the right of '{op.Text}'"));
            Func<double[], bool> compare = op.Text switch
            {
                "==" => v => l(v) == r(v),
                "!=" => v => l(v) != r(v),
                "<" => v => l(v) < r(v),
                "<=" => v => l(v) <= r(v),
                ">" => v => l(v) > r(v),
                _ => v => l(v) >= r(v),
            };
            left = FormulaNode.Of(compare);
        }
        return left;
    }

    private FormulaNode Additive()
    {
        var left = Multiplicative();
        while (Peek.Kind == FormulaTokenKind.Symbol && Peek.Text is "+" or "-")
        {
            var op = Peek.Text;
            _next++;
            var (l, r) = (AsNumber(left, $"the left of '{op}'"), AsNumber(Multiplicative(), $"the right of '{op}'"));
            left = op == "+" ? FormulaNode.Of(v => l(v) + r(v)) : FormulaNode.Of(v => l(v) - r(v));
        }
        return left;
    }

    private FormulaNode Multiplicative()
    {
        var left = Unary();
        while (Peek.Kind == FormulaTokenKind.Symbol && Peek.Text is "*" or "/" or "%")
        {
            var op = Peek;
            if (op.Text == "%")
            {
                throw Refused(op, "operator '%' is not supported (expr-lang's modulo takes integers only, and the triggers' values are floats)");
            }
            _next++;
            var (l, r) = (AsNumber(left, $"the left of '{op.Text}'"), AsNumber(Unary(), $"the right of '{op.Text}'"));
            left = op.Text == "*" ? FormulaNode.Of(v => l(v) * r(v)) : FormulaNode.Of(v => l(v) / r(v));
        }
        return left;
    }

    /// <summary>expr-lang's unary operators (precedence 90) bind looser than <c>**</c> (100): <c>-a ** 2</c> is
    /// <c>-(a ** 2)</c>, while <c>-a * b</c> is <c>(-a) * b</c>.</summary>
    private FormulaNode Unary()
    {
        if (Accept("-"))
        {
            var operand = AsNumber(Unary(), "the operand of '-'");
            return FormulaNode.Of(v => -operand(v));
        }
        if (Accept("+"))
        {
            return FormulaNode.Of(AsNumber(Unary(), "the operand of '+'"));
        }
        if (Accept("!") || Accept("not"))
        {
            var operand = AsCondition(Unary(), "the operand of '!'");
            return FormulaNode.Of(v => !operand(v));
        }
        return Power();
    }

    private FormulaNode Power()
    {
        var left = Primary();
        if (Peek.Kind == FormulaTokenKind.Symbol && Peek.Text is "**" or "^")
        {
            var op = Peek.Text;
            _next++;
            // Right-associative, as in expr-lang: 2 ** 3 ** 2 is 2 ** 9; the exponent may carry its own sign (2 ** -1).
            var (l, r) = (AsNumber(left, $"the left of '{op}'"), AsNumber(Unary(), $"the right of '{op}'"));
            left = FormulaNode.Of(v => Math.Pow(l(v), r(v)));
        }
        return left;
    }
}
