using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Cli;

/// <summary>
/// <c>verb --name value --name=value --flag</c>, nothing more: the Cake script forwards the arguments it was
/// given, and the options, their defaults and their grammars are in <see cref="PipelineOptions"/>. A value
/// comes from the argument, else (cluster options) its <c>ORDERS_*</c> environment variable, else the default.
/// Every getter names the option in its error; a verb reads only the options its task declares; and
/// <see cref="ThrowOnUnknown"/> refuses an option no task of the run accepts (docs/pipeline.md says why this
/// is not System.CommandLine or Spectre.Console.Cli).
/// </summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _repeated = new(StringComparer.Ordinal);
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
            var (name, value) = eq > 0 ? (arg[2..eq], arg[(eq + 1)..])
                : i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? (arg[2..], args[++i])
                : (arg[2..], "true");
            _values[name] = value;
            (_repeated.TryGetValue(name, out var all) ? all : _repeated[name] = []).Add(value);
        }
    }

    public string Command { get; }

    /// <summary>The registered task of <see cref="Command"/>; null for no verb or an unknown one.</summary>
    public RegisteredTask? Task => TaskRegistry.ByVerb(Command);

    /// <summary>The run this verb is part of, as the Cake script said (--run-target, --run-exclusive).</summary>
    public RunScope Scope => RunScope.Of(Task, Optional(PipelineOptions.RunTarget.Name), Flag(PipelineOptions.RunExclusive.Name));

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

    /// <summary>The repository as a full path: --root, else the folder holding Orders.slnx at or above the
    /// current one. Every verb that reads or writes the repository's files asks here, so all agree on it.</summary>
    public string Root() => Path.GetFullPath(Text(PipelineOptions.Root) ?? RepositoryRoot.Find(Environment.CurrentDirectory));

    /// <summary>The value the user gave (argument, else environment), ignoring the default.</summary>
    public string? Given(OptionDefinition option) =>
        Get(Declared(option).Name) is { Length: > 0 } value ? value : FromEnvironment(option.EnvironmentVariable, option);

    public TimeSpan Duration(OptionDefinition option) =>
        Text(option) is { } text ? DurationGrammar.Parse(option.Name, text) : throw Missing(option);

    public TimeSpan? OptionalDuration(OptionDefinition option) =>
        Text(option) is { } text ? DurationGrammar.Parse(option.Name, text) : null;

    public double Factor(OptionDefinition option) => Text(option) is { } text ? OptionGrammar.ParseFactor(option.Name, text) : throw Missing(option);

    public int Int(OptionDefinition option) => Text(option) is { } text ? OptionGrammar.ParseWholeNumber(option.Name, text) : throw Missing(option);

    public Uri? Url(OptionDefinition option) => Text(option) is { } text ? UrlGrammar.Parse(option.Name, text) : null;

    public string Required(OptionDefinition option, string example) =>
        Text(option) ?? throw new ArgumentException($"--{option.Name} is required: pass e.g. --{option.Name}={example}.");

    /// <summary>Every value of a repeatable option (<c>--expect a --expect b</c>), in the order given; where a
    /// single-valued option keeps only the last.</summary>
    public IReadOnlyList<string> All(OptionDefinition option)
    {
        Get(Declared(option).Name);
        return _repeated.TryGetValue(option.Name, out var all) ? all.Where(v => v.Length > 0).ToList() : [];
    }

    public string? Optional(string name) => Get(name) is { Length: > 0 } v ? v : null;

    public bool Flag(string name) => Get(name) is { } text && text != "false";

    /// <summary>Fails on an option no task of the run accepts, naming the closest one that is (a typo must not
    /// silently run with defaults), then checks every given value of the run's options against its grammar, so
    /// a bad value for a later verb of the chain fails before this one starts a tool.</summary>
    public void ThrowOnUnknown()
    {
        var scope = Scope;
        var accepted = scope.Accepted.Select(o => o.Name)
            .Concat(PipelineOptions.Renamed.Concat(PipelineOptions.ReadAs).Where(r => scope.Accepted.Contains(r.Value)).Select(r => r.Key))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var retired in _values.Keys.Where(PipelineOptions.Retired.ContainsKey))
        {
            _warnings.WriteLine($"warning: --{retired} is ignored: {PipelineOptions.Retired[retired]}. Remove it from your scripts.");
        }
        var unknown = _values.Keys.Where(k => !accepted.Contains(k) && !_read.Contains(k) && !PipelineOptions.Retired.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, unknown.Select(scope.Refuse)));
        }
        foreach (var option in scope.Accepted.Where(o => _values.ContainsKey(o.Name)))
        {
            foreach (var value in _repeated[option.Name])
            {
                option.Grammar.Check(option.Name, value);
            }
        }
    }

    // A verb reading an option its task does not declare would accept it unlisted in help and the docs.
    private OptionDefinition Declared(OptionDefinition option) =>
        Task is not { } task || task.Options.Contains(option)
            ? option
            : throw new InvalidOperationException($"The {Command} verb reads --{option.Name} but {task.Task.GetType().Name}.Options does not declare it: add it there.");

    private string? FromEnvironment(string? variable, OptionDefinition option) =>
        variable is not null && option.FromEnvironment && _environment(variable) is { } value && value.Trim().Length > 0 ? value.Trim() : null;

    private static ArgumentException Missing(OptionDefinition option) => new($"--{option.Name} has no value and no default.");

    private string? Get(string name)
    {
        _read.Add(name);
        return _values.TryGetValue(name, out var v) ? v : null;
    }
}
