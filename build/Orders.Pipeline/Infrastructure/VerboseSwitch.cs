namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// <c>--verbose</c> (also as Cake forwards it, <c>--verbose=true</c>) or <c>ORDERS_VERBOSE=1</c>: show the stack
/// trace of an unexpected failure. Read and removed before the verb's options are parsed, because it belongs
/// to the entry point, not to any verb, and must not be refused as an unknown option.
/// </summary>
public static class VerboseSwitch
{
    public const string Option = "--verbose";
    public const string Variable = "ORDERS_VERBOSE";

    public static (bool Verbose, string[] Arguments) Read(IReadOnlyList<string> args, string? variable)
    {
        var verbose = IsOn(variable);
        var rest = new List<string>();
        foreach (var arg in args)
        {
            if (arg == Option)
            {
                verbose = true;
            }
            else if (arg.StartsWith(Option + "=", StringComparison.Ordinal))
            {
                verbose = IsOn(arg[(Option.Length + 1)..]);
            }
            else
            {
                rest.Add(arg);
            }
        }
        return (verbose, [.. rest]);
    }

    private static bool IsOn(string? value) => value?.Trim().ToLowerInvariant() is "1" or "true" or "yes" or "on";
}
