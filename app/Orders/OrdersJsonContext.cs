using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orders.App.Orders;

/// <summary>Source-generated serialization for the API's types: no reflection at startup or per request.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Order))]
internal sealed partial class OrdersJsonContext : JsonSerializerContext;
