using System.Globalization;

namespace Orders.Pipeline.Scaling.Formula;

/// <summary>
/// Splits a formula into tokens as expr-lang (github.com/expr-lang/expr, KEDA 2.20's formula language) spells
/// them. Anything expr has but this model does not evaluate (strings, arrays, maps, predicates, member access,
/// <c>??</c>, <c>%</c>) is still tokenised so that the parser can refuse it by name instead of by position.
/// </summary>
internal static class FormulaLexer
{
    // Longest first, so "<=" is not read as "<" then "=".
    private static readonly string[] Symbols =
    [
        "**", "??", "?.", "==", "!=", "<=", ">=", "&&", "||", "..",
        "+", "-", "*", "/", "%", "^", "<", ">", "!", "?", ":", "(", ")", ",", "[", "]", "{", "}", ".", "#", "|",
    ];

    public static List<FormulaToken> Tokens(string text, string field)
    {
        var tokens = new List<FormulaToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] is '.' or '_' or 'e' or 'E'
                    || (text[i] is '+' or '-' && text[i - 1] is 'e' or 'E')))
                {
                    i++;
                }
                var literal = text[start..i].Replace("_", "", StringComparison.Ordinal);
                if (!double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    throw new InvalidDataException($"{field}: '{text[start..i]}' at column {start + 1} is not a number.");
                }
                tokens.Add(new FormulaToken(FormulaTokenKind.Number, text[start..i], start, number));
            }
            else if (char.IsLetter(c) || c is '_' or '$')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '$'))
                {
                    i++;
                }
                tokens.Add(new FormulaToken(FormulaTokenKind.Name, text[start..i], start));
            }
            else if (c is '"' or '\'' or '`')
            {
                throw new InvalidDataException($"{field}: a string literal at column {i + 1}; the formula can only compute numbers from the triggers' values.");
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw new InvalidDataException($"{field}: '{c}' at column {i + 1} is not part of expr-lang's syntax.");
                tokens.Add(new FormulaToken(FormulaTokenKind.Symbol, symbol, i));
                i += symbol.Length;
            }
        }
        tokens.Add(new FormulaToken(FormulaTokenKind.End, "end of formula", text.Length));
        return tokens;
    }
}
