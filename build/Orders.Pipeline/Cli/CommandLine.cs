using System.Globalization;

namespace Orders.Pipeline.Cli;

/// <summary>
/// <c>verb --name value --name=value --flag</c>, nothing more: the Cake script forwards the arguments it was
/// given, and the options, their defaults and their grammars are in <see cref="PipelineOptions"/>. A value
/// comes from the argument, else (cluster options) its <c>ORDERS_*</c> environment variable, else the default.
/// Every getter names the option in its error, and <see cref="ThrowOnUnknown"/> catches typos.
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly Func<string, string?> _environment;
    private readonly TextWriter _warnings;

    public CommandLine(IReadOnlyList<string> args)
        : this(args, Environment.GetEnvironmentVariable, Console.Error)
    {
    }

    public CommandLine(IReadOnlyList<string> args, Func<string, string?> environment, TextWriter warnings)
    {
        _environment = environment;
        _warnings = warnings;
        Command = args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "";
        for (var i = Command.Length > 0 ? 1 : 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{arg}': options look like --name value or --name=value.");
            }
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                _values[arg[2..eq]] = arg[(eq + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                _values[arg[2..]] = args[++i];
            }
            else
            {
                _values[arg[2..]] = "true";
            }
        }
    }

    public string Command { get; }

    /// <summary>The value given (argument, else environment), else the option's default; null when neither.</summary>
    public string? Text(OptionDefinition option)
    {
        if (Given(option) is { } given)
        {
            return given;
        }
        foreach (var (former, replacement) in PipelineOptions.Renamed)
        {
            if (replacement == option && (Get(former) ?? FromEnvironment(OptionDefinition.EnvironmentVariableOf(former), option)) is { Length: > 0 } old)
            {
                _warnings.WriteLine($"warning: --{former} is renamed --{option.Name}; --{former} still works for now, but scripts should move to --{option.Name}.");
                return old;
            }
        }
        return option.Default;
    }

    /// <summary>The value the user gave (argument, else environment), ignoring the default.</summary>
    public string? Given(OptionDefinition option) =>
        Get(option.Name) is { Length: > 0 } value ? value : FromEnvironment(option.EnvironmentVariable, option);

    public TimeSpan Duration(OptionDefinition option) =>
        Text(option) is { } text ? DurationGrammar.Parse(option.Name, text) : throw Missing(option);

    public TimeSpan? OptionalDuration(OptionDefinition option) =>
        Text(option) is { } text ? DurationGrammar.Parse(option.Name, text) : null;

    public int Int(OptionDefinition option) => Text(option) is { } text ? ParseInt(option.Name, text) : throw Missing(option);

    public Uri? Url(OptionDefinition option) => Text(option) is { } text ? UrlGrammar.Parse(option.Name, text) : null;

    public string Required(OptionDefinition option, string example) =>
        Text(option) ?? throw new ArgumentException($"--{option.Name} is required: pass e.g. --{option.Name}={example}.");

    public string? Optional(string name) => Get(name) is { Length: > 0 } v ? v : null;

    public bool Flag(string name) => Get(name) is { } text && text != "false";

    /// <summary>Fails on an option no verb knows and this one did not read: a typo must not silently run with
    /// defaults. Options of other verbs pass, because the Cake script forwards a run's arguments to each verb.</summary>
    public void ThrowOnUnknown()
    {
        var unknown = _values.Keys.Where(k => !_read.Contains(k) && !PipelineOptions.IsKnown(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}. Run with --help for the list.");
        }
    }

    private string? FromEnvironment(string? variable, OptionDefinition option) =>
        variable is not null && option.FromEnvironment && _environment(variable) is { } value && value.Trim().Length > 0 ? value.Trim() : null;

    private static int ParseInt(string name, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 0
            ? v
            : throw new ArgumentException($"--{name} '{text}' is not a whole number >= 0.");

    private static ArgumentException Missing(OptionDefinition option) => new($"--{option.Name} has no value and no default.");

    private string? Get(string name)
    {
        _read.Add(name);
        return _values.TryGetValue(name, out var v) ? v : null;
    }
}
