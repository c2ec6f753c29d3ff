namespace Orders.Pipeline.Load;

/// <summary>What the load calls: <c>GET /product</c> (the tutorial's endpoint) or <c>POST /orders</c>.</summary>
public sealed record LoadEndpoint(HttpMethod Method, string Path)
{
    public static readonly LoadEndpoint Product = new(HttpMethod.Get, "/product");

    public static readonly LoadEndpoint Orders = new(HttpMethod.Post, "/orders");

    /// <summary>Parses <c>product</c>, <c>orders</c>, <c>GET /product</c> or <c>POST /orders</c>.</summary>
    public static LoadEndpoint Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "product" or "get /product" or "/product" => Product,
        "orders" or "post /orders" or "/orders" => Orders,
        _ => throw new FormatException($"--endpoint '{text}' is not 'product' (GET /product) or 'orders' (POST /orders)."),
    };

    public override string ToString() => $"{Method} {Path}";
}
