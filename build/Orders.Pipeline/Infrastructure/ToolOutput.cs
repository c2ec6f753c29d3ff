using System.Text;
using System.Text.Json;

namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// The one way the pipeline reads what a tool or a server printed (kubectl's and podman's JSON, Prometheus's
/// answers, a number from <c>podman inspect --format</c>). An odd answer (empty, cut short, not JSON, another
/// shape) becomes a <see cref="ToolOutputException"/> naming the command and quoting the start of the output,
/// never a JsonException's stack trace: a wrapper script, a proxy's error page or a newer tool version can all
/// answer where the real tool was expected, and the user must see which command answered what.
/// </summary>
public static class ToolOutput
{
    /// <summary>How much of the output an error quotes: enough to recognise an HTML page or a warning.</summary>
    public const int Quoted = 300;

    /// <summary>Reads <paramref name="text"/>, printed by <paramref name="call"/>, as JSON with <paramref name="read"/>.</summary>
    public static T ParseJson<T>(ToolCall call, string text, Func<JsonElement, T> read) =>
        ParseJson(call.Display[2..], text, read, call.Redact);

    /// <param name="source">What printed it, as the user would run it again: a command line, or a URL and query.</param>
    public static T ParseJson<T>(string source, string text, Func<JsonElement, T> read, Func<string, string>? redact = null)
    {
        RefuseEmpty(source, text, "JSON");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw IsCutShort(text)
                ? Fail(source, text, redact, "JSON that was cut short", "Run it again: output cut short means the tool was stopped or its connection dropped mid-answer.", e)
                : Fail(source, text, redact, "output that is not JSON", "Run it by hand: a warning, an error page or a login prompt on stdout means something other than the expected tool answered.", e);
        }
        using (document)
        {
            try
            {
                return read(document.RootElement);
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException or OverflowException)
            {
                throw Fail(source, text, redact, $"JSON of another shape than expected ({e.Message})",
                    "Run it by hand and compare with what this version of the pipeline reads; an older or newer tool may answer differently.", e);
            }
        }
    }

    /// <summary>Reads a plain answer (a number from a --format template) with <paramref name="read"/>.</summary>
    public static T Parse<T>(ToolCall call, string text, Func<string, T> read)
    {
        var source = call.Display[2..];
        RefuseEmpty(source, text, "an answer");
        try
        {
            return read(text.Trim());
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw Fail(source, text, call.Redact, "an answer it could not read", "Run it by hand to see what it prints.", e);
        }
    }

    /// <summary>The start of <paramref name="text"/> on one line, bounded and redacted, for an error message.</summary>
    public static string Start(string text, Func<string, string>? redact = null)
    {
        var shown = (redact ?? (t => t))(text);
        var cut = shown.Length > Quoted;
        shown = (cut ? shown[..Quoted] : shown).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return cut ? shown + "…" : shown;
    }

    private static void RefuseEmpty(string source, string text, string expected)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ToolOutputException($"`{source}` printed nothing where {expected} was expected. "
                + "Run it by hand to see why: a wrapper or plugin found on PATH under its name may print nothing.");
        }
    }

    private static ToolOutputException Fail(string source, string text, Func<string, string>? redact, string what, string next, Exception inner) =>
        new($"`{source}` printed {what}; it starts with: {Start(text, redact)} ({text.Length} characters). {next}", inner);

    // A prefix of valid JSON reads without an error when the reader is told more may follow. The line end a
    // tool adds after what it printed is not part of the document (inside a string it would be an error).
    private static bool IsCutShort(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text.TrimEnd()), isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
            }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
