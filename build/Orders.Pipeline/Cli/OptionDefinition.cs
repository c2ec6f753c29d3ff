namespace Orders.Pipeline.Cli;

/// <summary>
/// One option: its name, its default as it would be typed on the command line (parsed by the same grammar
/// as a given value, so a default cannot drift from what users type), what it means, and the grammar its
/// values are checked against before any tool runs. An option without a default says what happens instead
/// (<see cref="Otherwise"/>), so help and the docs show every default. Cluster options also come from an
/// <c>ORDERS_*</c> environment variable (CI sets those); the argument wins.
/// </summary>
public sealed record OptionDefinition(string Name, string? Default, string Meaning, bool FromEnvironment = false)
{
    public OptionGrammar Grammar { get; init; } = OptionGrammar.Text;

    /// <summary>What the verb does when the option is not given and it has no <see cref="Default"/>.</summary>
    public string? Otherwise { get; init; }

    /// <summary>--image-tag -> ORDERS_IMAGE_TAG; null for options only read from the command line.</summary>
    public string? EnvironmentVariable => FromEnvironment ? EnvironmentVariableOf(Name) : null;

    /// <summary>The default as help and the docs show it: the value in backticks, else what happens instead.</summary>
    public string DefaultShown => Default is not null ? $"`{Default}`" : Otherwise ?? "(none)";

    public static string EnvironmentVariableOf(string name) => "ORDERS_" + name.Replace('-', '_').ToUpperInvariant();
}
