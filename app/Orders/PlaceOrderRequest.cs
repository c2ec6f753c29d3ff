namespace Orders.App.Orders;

/// <summary>A validated POST /orders body.</summary>
public sealed record PlaceOrderRequest(string ProductId, int Quantity)
{
    public const int MaxProductIdLength = 64;
    public const int MinQuantity = 1;
    public const int MaxQuantity = 1000;
}
