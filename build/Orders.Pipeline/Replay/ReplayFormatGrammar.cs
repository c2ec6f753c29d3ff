namespace Orders.Pipeline.Replay;

/// <summary>--format's values, named as users type them.</summary>
public static class ReplayFormatGrammar
{
    public static ReplayFormat Parse(string option, string text) => text switch
    {
        "text" => ReplayFormat.Text,
        "json" => ReplayFormat.Json,
        "markdown" => ReplayFormat.Markdown,
        _ => throw new ArgumentException($"--{option} '{text}' is refused: it accepts text, json or markdown."),
    };
}
