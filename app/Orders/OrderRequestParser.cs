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

    public static PlaceOrderRequest? Parse(ReadOnlyMemory<byte> json, out Dictionary<string, string[]> errors)
    {
        errors = [];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            errors[BodyField] = [$"Malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: send an object like {{\"productId\": \"book-1\", \"quantity\": 2}}."];
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
        var message = $"Required: a string of 1 to {PlaceOrderRequest.MaxProductIdLength} characters.";
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
        errors[QuantityField] = [$"Required: a whole number from {PlaceOrderRequest.MinQuantity} to {PlaceOrderRequest.MaxQuantity}."];
        return 0;
    }

    private static bool TryGetProperty(JsonElement root, string name, out JsonElement value)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }
        value = default;
        return false;
    }
}
