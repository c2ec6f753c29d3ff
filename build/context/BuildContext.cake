// The typed context every task receives (Frosting's shape): the script's own three options, read once. The
// cluster and run options are not read here: tasks forward every argument to build/Orders.Pipeline.
public sealed class BuildContext : CakeContextAdapter
{
    public BuildContext(ICakeContext context) : base(context)
    {
        Paths = new BuildPaths(context.MakeAbsolute(context.Directory("..")) /* Cake runs in build/, the script's folder */);
        BuildConfiguration = context.Argument("configuration", "Release");
        TestFilter = context.Argument("test-filter", "");
        var dll = context.Argument("pipeline-dll", context.EnvironmentVariable("ORDERS_PIPELINE_DLL") ?? "");
        // A relative path is the user's: build.sh and build.ps1 run Cake from the repository and pass the
        // directory they were started in (ORDERS_CALLER_DIRECTORY); without them, the repository.
        var caller = context.EnvironmentVariable("ORDERS_CALLER_DIRECTORY");
        var from = string.IsNullOrEmpty(caller) ? Paths.Root : new DirectoryPath(caller);
        PipelineDll = dll.Length > 0 ? context.File(dll).Path.MakeAbsolute(from) : null;
        if (PipelineDll != null && !context.FileExists(PipelineDll))
        {
            throw new CakeException($"--pipeline-dll {dll}: {PipelineDll.FullPath} does not exist (a relative path is read from the directory the script was run in, {from.FullPath}). Build it with `dotnet build build/Orders.Pipeline -c Release`, or leave the option out to have the target build it.");
        }
    }

    public BuildPaths Paths { get; }

    /// <summary>--configuration: the dotnet build configuration (default Release).</summary>
    public string BuildConfiguration { get; }

    /// <summary>--test-filter: a dotnet test --filter expression, to run a subset while developing.</summary>
    public string TestFilter { get; }

    /// <summary>--pipeline-dll (or ORDERS_PIPELINE_DLL): an already built Orders.Pipeline.dll to run instead of
    /// building build/Orders.Pipeline (CI, the pipeline's own tests); null when not given.</summary>
    public FilePath PipelineDll { get; }

    /// <summary>The bound on one dotnet call: a hung restore, build or test run fails instead of stalling CI.</summary>
    public static TimeSpan? Minutes(int minutes) => TimeSpan.FromMinutes(minutes);
}
