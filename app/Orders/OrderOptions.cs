using System.ComponentModel.DataAnnotations;

namespace Orders.App.Orders;

/// <summary>The "Orders" configuration section.</summary>
public sealed class OrderOptions
{
    public const string SectionName = "Orders";

    /// <summary>How long placing an order takes (the tutorial's sleep), in milliseconds; 0 for none.</summary>
    [Range(0, 60_000)]
    public int ProcessingDelayMs { get; set; } = 100;
}
