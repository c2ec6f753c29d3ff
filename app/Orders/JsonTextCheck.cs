using System.Text.Json;
using System.Text.Unicode;

namespace Orders.App.Orders;

/// <summary>
/// Finds the first string or property name in well-formed JSON that is not valid Unicode text: raw bytes that
/// are not UTF-8, or an escape that decodes to a lone surrogate ("\ud800"). JsonDocument accepts both and
/// only GetString() or a property's Name throw (InvalidOperationException), so without this check such a
/// body would reach the exception handler as a 500. One pass over the body, before any value is read.
/// </summary>
public static class JsonTextCheck
{
    /// <summary>The byte offset of the first invalid string or property name, or -1 if every one is text.</summary>
    public static long FirstInvalidText(ReadOnlySpan<byte> json, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(json, options);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String && !IsText(ref reader))
            {
                return reader.TokenStartIndex;
            }
        }
        return -1;
    }

    private static bool IsText(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Utf8.IsValid(reader.ValueSpan);
        }
        try
        {
            // Unescaping is where a lone surrogate shows; it also validates the raw bytes around the escapes.
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
