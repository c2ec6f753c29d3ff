// Runs one command-line tool (docker, kubectl, helm, ...) through Cake.Core's Tool<TSettings>, so every call
// resolves the executable the way Cake does (ToolPath, then PATH), is bounded by ToolSettings.ToolTimeout and
// is logged with secrets redacted (arguments added with AppendSecret render as [REDACTED]). Cake itself prints
// its "Executing:" line only at --verbosity=diagnostic; a deployment should show every command it runs, so the
// runner also prints the redacted command line at normal verbosity.
public sealed class CliRunner<TSettings> : Tool<TSettings> where TSettings : ToolSettings
{
    private readonly ICakeContext _context;
    private readonly string _toolName;
    private readonly Func<TSettings, string> _executableName;

    public CliRunner(ICakeContext context, string toolName, Func<TSettings, string> executableName)
        : base(context.FileSystem, context.Environment, context.ProcessRunner, context.Tools)
    {
        _context = context;
        _toolName = toolName;
        _executableName = executableName;
    }

    /// <summary>Runs the tool; returns its standard output when <paramref name="captureOutput"/> is set.</summary>
    /// <param name="standardInput">Written to the process's stdin (how a password reaches docker login).</param>
    public string Run(TSettings settings, ProcessArgumentBuilder arguments, bool captureOutput = false, string standardInput = null)
    {
        settings.ToolTimeout ??= ToolDefaults.Timeout;
        _context.Log.Information("$ {0} {1}", _executableName(settings), arguments.RenderSafe());
        string output = null;
        var processSettings = new ProcessSettings { RedirectStandardOutput = captureOutput };
        if (standardInput != null)
        {
            processSettings.StandardInput = standardInput; // null is rejected, not "no input"
        }
        Run(settings, arguments, processSettings, process =>
        {
            if (captureOutput)
            {
                // With a ToolTimeout Cake waits with WaitForExit(ms), which returns before the redirected
                // stream is drained: the untimed wait (the process has exited) waits for the last lines.
                process.WaitForExit();
                output = string.Join("\n", process.GetStandardOutput());
            }
        });
        return output;
    }

    /// <summary>Starts the tool without waiting (a port-forward); each stdout line goes to <paramref name="onLine"/>.</summary>
    public IProcess Start(TSettings settings, ProcessArgumentBuilder arguments, Action<string> onLine)
    {
        _context.Log.Information("$ {0} {1} &", _executableName(settings), arguments.RenderSafe());
        return RunProcess(settings, arguments, new ProcessSettings
        {
            RedirectStandardOutput = true,
            RedirectedStandardOutputHandler = line => { if (line != null) onLine(line); return line; },
        });
    }

    protected override string GetToolName() => _toolName;

    protected override IEnumerable<string> GetToolExecutableNames() => new[] { _toolName, _toolName + ".exe" };

    protected override IEnumerable<string> GetToolExecutableNames(TSettings settings)
    {
        var name = _executableName(settings);
        return new[] { name, name + ".exe" };
    }
}
