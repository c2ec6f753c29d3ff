namespace Orders.Exporter.Metrics;

/// <summary>The cardinality guard for the status label: "100".."599", or "invalid" for anything else.</summary>
public static class StatusLabels
{
    public const string Invalid = "invalid";

    /// <summary>500 codes (100..599) plus one slot for "invalid".</summary>
    public const int Count = 501;

    public const int InvalidSlot = 500;

    private static readonly string[] Labels = [.. Enumerable.Range(100, 500).Select(code => code.ToString(System.Globalization.CultureInfo.InvariantCulture)), Invalid];

    /// <summary>The slot of a status as the parser reports it (a code, or a negative number for invalid).</summary>
    public static int Slot(int status) => status < 0 ? InvalidSlot : status - 100;

    public static string Label(int slot) => Labels[slot];
}
