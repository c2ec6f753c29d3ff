using System.Globalization;
using System.Text.RegularExpressions;

namespace Orders.Pipeline.Cli;

/// <summary>
/// The one duration grammar of every option: a number and a unit, <c>500ms</c>, <c>30s</c>, <c>2m</c>,
/// <c>1h</c>, or a bare number of seconds. helm and kubectl get durations back in Go's form (<c>300s</c>).
/// </summary>
public static partial class DurationGrammar
{
    public const string Accepts = "a duration like 500ms, 30s, 5m or 1h";

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = Form().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }
        duration = match.Groups[2].Value switch
        {
            "ms" => TimeSpan.FromMilliseconds(value),
            "m" => TimeSpan.FromMinutes(value),
            "h" => TimeSpan.FromHours(value),
            _ => TimeSpan.FromSeconds(value),
        };
        return true;
    }

    public static TimeSpan Parse(string option, string text) =>
        TryParse(text, out var duration) ? duration : throw new ArgumentException($"--{option} '{text}' is not {Accepts}.");

    /// <summary>Go's duration form, whole seconds rounded up, as helm's and kubectl's --timeout read it.</summary>
    public static string ToGo(TimeSpan duration) => string.Create(CultureInfo.InvariantCulture, $"{(long)Math.Ceiling(duration.TotalSeconds)}s");

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(ms|s|m|h)?$")]
    private static partial Regex Form();
}
