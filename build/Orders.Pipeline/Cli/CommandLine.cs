using System.Globalization;

namespace Orders.Pipeline.Cli;

/// <summary>
/// <c>command --name value --name=value --flag</c>, nothing more: the tool is called by the Cake script with
/// a handful of options, so a parser library would cost more than it saves. Every getter names the option
/// in its error, and <see cref="ThrowOnUnknown"/> catches typos.
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public CommandLine(IReadOnlyList<string> args)
    {
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

    public string String(string name, string fallback) => Get(name) ?? fallback;

    public string? Optional(string name) => Get(name) is { Length: > 0 } v ? v : null;

    public int Int(string name, int fallback) =>
        Get(name) is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 0
                ? v
                : throw new ArgumentException($"--{name} '{text}' is not a whole number >= 0.")
            : fallback;

    public TimeSpan Duration(string name, TimeSpan fallback)
    {
        if (Get(name) is not { } text)
        {
            return fallback;
        }
        var unit = text.EndsWith("ms", StringComparison.Ordinal) ? "ms" : text.EndsWith('s') ? "s" : text.EndsWith('m') ? "m" : "";
        var number = text[..^unit.Length];
        if (!double.TryParse(unit.Length == 0 ? text : number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw new ArgumentException($"--{name} '{text}' is not a duration like 500ms, 5s or 2m.");
        }
        return unit switch
        {
            "ms" => TimeSpan.FromMilliseconds(value),
            "m" => TimeSpan.FromMinutes(value),
            _ => TimeSpan.FromSeconds(value),
        };
    }

    public bool Flag(string name) => Get(name) is { } text && text != "false";

    /// <summary>Fails on an option nobody asked for: a typo must not silently run with defaults.</summary>
    public void ThrowOnUnknown()
    {
        var unknown = _values.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}. Run with --help for the list.");
        }
    }

    private string? Get(string name)
    {
        _read.Add(name);
        return _values.TryGetValue(name, out var v) ? v : null;
    }
}
