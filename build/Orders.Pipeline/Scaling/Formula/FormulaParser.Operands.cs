namespace Orders.Pipeline.Scaling.Formula;

/// <summary>The operands of a formula: numbers, trigger names, parentheses, min/max calls, and the refusals of
/// everything else expr-lang could put there.</summary>
public sealed partial class FormulaParser
{
    private FormulaNode Primary()
    {
        var token = Peek;
        _next++;
        switch (token.Kind)
        {
            case FormulaTokenKind.Number:
                var number = token.Number;
                return FormulaNode.Of(_ => number);
            case FormulaTokenKind.Name when Peek.Text == "(":
                return Call(token);
            case FormulaTokenKind.Name when token.Text is "true" or "false":
                var constant = token.Text == "true";
                return FormulaNode.Of(_ => constant);
            case FormulaTokenKind.Name:
                return Variable(token);
            case FormulaTokenKind.Symbol when token.Text == "(":
                var inner = Ternary();
                Expect(FormulaTokenKind.Symbol, "')'", ")");
                return inner;
            default:
                throw Refused(token, token.Text switch
                {
                    "[" => "arrays are not supported",
                    "{" => "maps and predicates are not supported",
                    "#" => "predicates are not supported",
                    _ => $"unexpected '{token.Text}'",
                });
        }
    }

    private FormulaNode Variable(FormulaToken token)
    {
        var index = Enumerable.Range(0, _triggerNames.Count).FirstOrDefault(i => _triggerNames[i] == token.Text, -1);
        if (index < 0)
        {
            var named = _triggerNames.Where(n => n is not null).ToList();
            throw new InvalidDataException($"{_field}: '{token.Text}' at column {token.At + 1} is not the name of a trigger"
                + (named.Count > 0 ? $" (the triggers are named {string.Join(", ", named)})" : " (no trigger has a name)")
                + "; KEDA compiles the formula against the triggers' names: give each trigger a name: and use it.");
        }
        if (Peek.Kind == FormulaTokenKind.Symbol && Peek.Text is "." or "?." or "[" or "|")
        {
            throw Refused(Peek, $"'{Peek.Text}' after a trigger's value is not supported (a trigger's value is a number)");
        }
        _used.Add(index);
        return FormulaNode.Of(v => v[index]);
    }

    /// <summary>min and max as expr-lang's builtins: any number of numeric arguments.</summary>
    private FormulaNode Call(FormulaToken name)
    {
        if (name.Text is not ("min" or "max"))
        {
            throw Refused(name, $"function '{name.Text}' is not supported (only min and max are)");
        }
        Expect(FormulaTokenKind.Symbol, "'('", "(");
        var arguments = new List<Func<double[], double>> { AsNumber(Ternary(), $"an argument of {name.Text}") };
        while (Accept(","))
        {
            arguments.Add(AsNumber(Ternary(), $"an argument of {name.Text}"));
        }
        Expect(FormulaTokenKind.Symbol, "')'", ")");
        return name.Text == "min"
            ? FormulaNode.Of(v => arguments.Min(a => a(v)))
            : FormulaNode.Of(v => arguments.Max(a => a(v)));
    }

    private Func<double[], double> AsNumber(FormulaNode node, string what) =>
        node.Number ?? throw new InvalidDataException($"{_field}: {what} must be a number, not true/false.");

    private Func<double[], bool> AsCondition(FormulaNode node, string what) =>
        node.Condition ?? throw new InvalidDataException($"{_field}: {what} must be a comparison (true/false), not a number (expr-lang does not read numbers as booleans).");

    private InvalidDataException Refused(FormulaToken token, string why) => new(
        $"{_field}: {why} (found '{token.Text}' at column {token.At + 1}); replay evaluates arithmetic (+ - * / **), comparisons, && || !, cond ? a : b, min and max over the triggers' names.");
}
