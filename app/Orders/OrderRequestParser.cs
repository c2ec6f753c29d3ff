using System.Text.Json;

namespace Orders.App.Orders;

/// <summary>
/// Turns a POST /orders body into a <see cref="PlaceOrderRequest"/>, or into errors keyed by the field they
/// concern ("body" when the JSON itself is unusable). Pure: bytes in, request or errors out.
/// Property names match case-insensitively, as ASP.NET Core's web JSON defaults do; unknown ones are ignored.
/// </summary>
public static class OrderRequestParser
{
    public const string BodyField = "body";
    public const string ProductIdField = "productId";
    public const string QuantityField = "quantity";

    // A duplicated key is refused rather than resolved: which copy wins differs between parsers, and a proxy
    // that checked the other copy would be fooled. Depth 64 is the default, written down as a contract.
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false, MaxDepth = 64 };
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly System.Buffers.SearchValues<char> ControlCharacters =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

    public static PlaceOrderRequest? Parse(ReadOnlyMemory<byte> json, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (json.Span.StartsWith(Utf8Bom))
        {
            json = json[Utf8Bom.Length..]; // RFC 8259 lets a parser ignore one; refusing it would help nobody
        }
        JsonDocument document;
        try
        {
            // Text first: the duplicate-key check of Parse decodes property names and would throw on a bad one.
            var invalidAt = JsonTextCheck.FirstInvalidText(json.Span, ReaderOptions);
            if (invalidAt >= 0)
            {
                errors[BodyField] = [$"The string or property name at byte {invalidAt + 1} is not valid Unicode text (bytes that are not UTF-8, or a lone surrogate escape such as \\ud800): send UTF-8 JSON."];
                return null;
            }
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            errors[BodyField] = [$"Malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: send one object like {{\"productId\": \"book-1\", \"quantity\": 2}}, each key once, UTF-8, nested at most 64 deep."];
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors[BodyField] = [$"The body must be a JSON object, not {document.RootElement.ValueKind}."];
                return null;
            }
            var productId = ReadProductId(document.RootElement, errors);
            var quantity = ReadQuantity(document.RootElement, errors);
            return errors.Count == 0 ? new PlaceOrderRequest(productId!, quantity) : null;
        }
    }

    private static string? ReadProductId(JsonElement root, Dictionary<string, string[]> errors)
    {
        var message = $"Required, once: a string of 1 to {PlaceOrderRequest.MaxProductIdLength} characters.";
        if (!TryGetProperty(root, ProductIdField, out var value) || value.ValueKind != JsonValueKind.String)
        {
            errors[ProductIdField] = [message];
            return null;
        }
        var productId = value.GetString()!;
        if (productId.Length is 0 or > PlaceOrderRequest.MaxProductIdLength)
        {
            errors[ProductIdField] = [$"{message} Got {productId.Length}."];
            return null;
        }
        if (productId.AsSpan().ContainsAny(ControlCharacters))
        {
            errors[ProductIdField] = [$"{message} Got control characters (U+0000 to U+001F, U+007F to U+009F)."];
            return null;
        }
        return productId;
    }

    private static int ReadQuantity(JsonElement root, Dictionary<string, string[]> errors)
    {
        if (TryGetProperty(root, QuantityField, out var value)
            && value.ValueKind == JsonValueKind.Number
            && value.TryGetInt32(out var quantity)
            && quantity is >= PlaceOrderRequest.MinQuantity and <= PlaceOrderRequest.MaxQuantity)
        {
            return quantity;
        }
        errors[QuantityField] = [$"Required, once: a whole number from {PlaceOrderRequest.MinQuantity} to {PlaceOrderRequest.MaxQuantity}."];
        return 0;
    }

    /// <summary>
    /// The one property named <paramref name="name"/>, case-insensitively; false if there is none or more than
    /// one ("productId" and "PRODUCTID" both: which one was meant cannot be known).
    /// </summary>
    private static bool TryGetProperty(JsonElement root, string name, out JsonElement value)
    {
        value = default;
        var found = 0;
        foreach (var property in root.EnumerateObject())
        {
            if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                found++;
            }
        }
        return found == 1;
    }
}
