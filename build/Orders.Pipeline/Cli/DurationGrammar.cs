using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Cli;

/// <summary>
/// The one duration grammar of every option: Prometheus's (<see cref="PrometheusDuration"/>: <c>500ms</c>,
/// <c>30s</c>, <c>5m</c>, <c>1h</c>, <c>1m30s</c>), so a value typed for an option reads as it would in a
/// PromQL window. Two forms older scripts use are still read: one unit with a fraction (<c>1.5s</c>) and a bare
/// number of seconds (<c>90</c>). helm and kubectl get durations back in Go's form (<c>300s</c>).
/// </summary>
public static partial class DurationGrammar
{
    public const string Accepts = "a duration like 500ms, 30s, 5m, 1h or 1m30s";

    public static bool TryParse(string text, out TimeSpan duration)
    {
        text = text.Trim();
        if (text.Length > 0 && PrometheusDuration.TryParse(text, out duration))
        {
            return true;
        }
        duration = TimeSpan.Zero;
        var match = LegacyForm().Match(text);
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
    private static partial Regex LegacyForm();
}
