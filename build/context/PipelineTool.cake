// build/Orders.Pipeline, the C# program that owns every target, option and default: its listing registers
// the targets (build.cake), and each verb gets the run's arguments minus the script's own. Processes start
// through System.Diagnostics, not StartProcess: each value must stay one argv element (Cake joins them into
// a string), and on a hang the whole tree must go (Local's app, exporter and Prometheus are the tool's).
public sealed class PipelineTool
{
    // The script's own options (BuildContext, pipeline-dll), never forwarded; Cake keeps --verbosity, --exclusive.. itself.
    private static readonly string[] ScriptOptions = { "target", "configuration", "test-filter", "pipeline-dll" };
    private readonly ICakeContext _cake;
    private readonly FilePath _dll;
    private readonly bool _exclusive; // --exclusive: the run is the target alone

    public PipelineTool(ICakeContext cake, DirectoryPath root, bool exclusive)
    {
        (_cake, Paths, Target, _exclusive) = (cake, new BuildPaths(root), cake.Argument("target", "Default"), exclusive);
        var dll = cake.Argument("pipeline-dll", cake.EnvironmentVariable("ORDERS_PIPELINE_DLL") ?? "");
        // A relative path is the user's: build.sh and build.ps1 pass the directory they were started in.
        var from = new DirectoryPath(cake.EnvironmentVariable("ORDERS_CALLER_DIRECTORY") ?? root.FullPath);
        _dll = dll.Length > 0 ? new FilePath(dll).MakeAbsolute(from) : Paths.PipelineDll;
        if (dll.Length > 0 && !cake.FileExists(_dll))
        {
            throw new CakeException($"--pipeline-dll {dll}: {_dll.FullPath} does not exist (a relative path is read from the directory the script was run in, {from.FullPath}). Build it with `dotnet build build/Orders.Pipeline -c Release`, or leave the option out to have the script build it.");
        }
        if (dll.Length == 0) { Exec(cake, "dotnet build build/Orders.Pipeline", "dotnet", new[] { "build", Paths.Pipeline.FullPath, "--configuration", "Release", "--nologo" }, root, TimeSpan.FromMinutes(10)); }
    }

    public BuildPaths Paths { get; }
    public string Target { get; } // --target, whose chain (or alone, --exclusive) scopes the options a verb accepts

    /// <summary>The targets, from the tool's registry: name, verb, description, dependencies.</summary>
    public IEnumerable<System.Text.Json.JsonElement> Targets() => System.Text.Json.JsonDocument.Parse(
        Exec(_cake, "Orders.Pipeline targets", "dotnet", new[] { _dll.FullPath, "targets", "--json" }, Paths.Root, TimeSpan.FromMinutes(1), capture: true)).RootElement.EnumerateArray();

    /// <summary>Runs one verb with the run's arguments.</summary>
    public void Run(string verb, params string[] extra)
    {
        var arguments = new List<string> { _dll.FullPath, verb, "--root=" + Paths.Root.FullPath, "--run-target=" + Target };
        arguments.AddRange(_exclusive ? new[] { "--run-exclusive" } : new string[0]);
        foreach (var argument in _cake.Arguments.GetArguments().Where(a => !ScriptOptions.Contains(a.Key)))
        {
            arguments.AddRange(argument.Value.Select(value => $"--{argument.Key}={value}"));
        }
        _cake.Information("$ dotnet {0} {1} (arguments forwarded)", _dll.GetFilename(), verb);
        Exec(_cake, "Orders.Pipeline " + verb, "dotnet", arguments.Concat(extra), Paths.Root, TimeSpan.FromHours(6) /* a hang-stopper: each verb bounds itself */);
    }

    /// <summary>Runs <paramref name="file"/> as found on PATH (.NET would look beside Cake's own dotnet first), each argument one argv
    /// element, bounded in time (the whole tree stopped on a hang); fails as <paramref name="name"/>; returns its output if <paramref name="capture"/>.</summary>
    public static string Exec(ICakeContext cake, string name, string file, IEnumerable<string> arguments, DirectoryPath directory, TimeSpan bound, bool capture = false)
    {
        var onPath = cake.EnvironmentVariable("PATH")?.Split(System.IO.Path.PathSeparator).Select(d => System.IO.Path.Combine(d, file)).FirstOrDefault(System.IO.File.Exists);
        var start = new System.Diagnostics.ProcessStartInfo(onPath ?? file) { WorkingDirectory = directory.FullPath, UseShellExecute = false, RedirectStandardOutput = capture };
        foreach (var argument in arguments) { start.ArgumentList.Add(argument); }
        using var process = System.Diagnostics.Process.Start(start);
        var output = capture ? process.StandardOutput.ReadToEndAsync() : System.Threading.Tasks.Task.FromResult("");
        if (!process.WaitForExit((int)Math.Min(int.MaxValue, bound.TotalMilliseconds)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new CakeException($"{name} hung for {bound} and was stopped with every process it started; its last lines above show where.");
        }
        return process.ExitCode == 0 ? output.Result : throw new CakeException(process.ExitCode, $"{name} failed (exit code {process.ExitCode}); its output above says why.");
    }
}
