using System.Globalization;
using System.Text.RegularExpressions;

namespace Orders.Pipeline.Replay;

/// <summary>
/// One gate of --expect: <c>[LABEL:]NAME OP NUMBER</c>, e.g. <c>peakReplicas.max &lt;= 6</c> or
/// <c>proposed:secondsToPeak.median &lt;= 30</c>. NAME is a path into a ScaledObject's summary.json entry
/// (<see cref="ExpectationCheck"/> resolves it); LABEL limits the gate to one ScaledObject, else every one must
/// pass. Parsed before anything is read, so a typo in CI fails in a second, not after the replay.
/// </summary>
public sealed partial record Expectation(string Text, string? Label, string Name, string Operator, double Number)
{
    public static Expectation Parse(string option, string text)
    {
        var match = Form().Match(text);
        if (!match.Success || !double.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw new ArgumentException(
                $"--{option} '{text}' is not [LABEL:]NAME OP NUMBER: OP is one of >= <= > < == !=, e.g. --{option} 'peakReplicas.max <= 6' or --{option} 'proposed:secondsToPeak.median <= 30'.");
        }
        var label = match.Groups["label"].Success ? match.Groups["label"].Value : null;
        return new Expectation(text.Trim(), label, match.Groups["name"].Value, match.Groups["op"].Value, number);
    }

    public bool HoldsFor(double actual) => Operator switch
    {
        ">=" => actual >= Number,
        "<=" => actual <= Number,
        ">" => actual > Number,
        "<" => actual < Number,
        "==" => actual == Number,
        _ => actual != Number,
    };

    [GeneratedRegex(@"\A\s*(?:(?<label>[A-Za-z0-9][-A-Za-z0-9_.]*)\s*:\s*)?(?<name>[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)\s*(?<op>>=|<=|==|!=|>|<)\s*(?<number>[-+]?[0-9]+(?:\.[0-9]+)?)\s*\z", RegexOptions.ExplicitCapture)]
    private static partial Regex Form();
}
