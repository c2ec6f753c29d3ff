namespace Orders.Pipeline.Cli;

/// <summary>
/// One option: its name, its default as it would be typed on the command line (parsed by the same grammar
/// as a given value, so a default cannot drift from what users type), and what it means. Cluster options
/// also come from an <c>ORDERS_*</c> environment variable (CI sets those); the argument wins.
/// </summary>
public sealed record OptionDefinition(string Name, string? Default, string Meaning, bool FromEnvironment = false)
{
    /// <summary>--image-tag -> ORDERS_IMAGE_TAG; null for options only read from the command line.</summary>
    public string? EnvironmentVariable => FromEnvironment ? EnvironmentVariableOf(Name) : null;

    public static string EnvironmentVariableOf(string name) => "ORDERS_" + name.Replace('-', '_').ToUpperInvariant();
}
