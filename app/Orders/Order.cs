namespace Orders.App.Orders;

/// <summary>A placed order, as stored and as returned by the API.</summary>
public sealed record Order(Guid Id, string ProductId, int Quantity, DateTimeOffset CreatedAt);
