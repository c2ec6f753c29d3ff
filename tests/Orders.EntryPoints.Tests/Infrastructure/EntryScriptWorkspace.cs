namespace Orders.EntryPoints.Tests.Infrastructure;

/// <summary>
/// A temporary copy of the entry scripts (build.sh, build.ps1, global.json, the tool manifest) with either the
/// real Cake script or a probe standing in for build/build.cake, and a sibling folder to run them from (never
/// the scripts' own folder). Each run is bounded in time and sees none of the developer's own settings.
/// </summary>
public sealed class EntryScriptWorkspace : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);
    private static readonly string[] EntryFiles = ["build.sh", "build.ps1", "global.json", ".config/dotnet-tools.json"];
    private readonly TempDirectory _temp = new("orders-entry");
    private string? _pipelineDll;

    private EntryScriptWorkspace()
    {
        Root = _temp.Combine("repo");
        Elsewhere = _temp.Combine("elsewhere");
        Directory.CreateDirectory(Elsewhere);
        foreach (var file in EntryFiles)
        {
            Copy(RepositoryRoot.Combine(file), Combine(file));
        }
    }

    /// <summary>The copy's root, where build.sh and build.ps1 are.</summary>
    public string Root { get; }

    /// <summary>The current directory of every run: a folder outside the copy.</summary>
    public string Elsewhere { get; }

    /// <summary>A probe as build/build.cake: it prints what it was handed (argv, cwd, DOTNET_* variables) and exits with --exit-code.</summary>
    public static EntryScriptWorkspace WithProbe()
    {
        var workspace = new EntryScriptWorkspace();
        Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "probe.cake"), workspace.Combine("build", "build.cake"));
        return workspace;
    }

    /// <summary>The real build/**/*.cake, copied at the moment the test runs. build.cake registers its targets from
    /// Orders.Pipeline, which the copy does not hold: it runs the one built next to these tests (ORDERS_PIPELINE_DLL).</summary>
    public static EntryScriptWorkspace WithRealScript()
    {
        var workspace = new EntryScriptWorkspace { _pipelineDll = BuiltPipeline };
        var build = RepositoryRoot.Combine("build");
        foreach (var file in Directory.EnumerateFiles(build, "*.cake", SearchOption.AllDirectories))
        {
            Copy(file, workspace.Combine("build", Path.GetRelativePath(build, file)));
        }
        return workspace;
    }

    public string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>`bash /path/to/build.sh ARGS` from <see cref="Elsewhere"/>.</summary>
    public Task<ScriptRun> RunBuildShAsync(params string[] arguments) =>
        RunAsync("/bin/bash", [Combine("build.sh"), .. arguments]);

    /// <summary>`dotnet pwsh -File /path/to/build.ps1 ARGS` from <see cref="Elsewhere"/>: how a shell or CI runs it.</summary>
    public async Task<ScriptRun> RunBuildPs1Async(params string[] arguments) =>
        await RunAsync("dotnet", [await PowerShellTool.EntryPointAsync(), "-NoProfile", "-NonInteractive", "-File", Combine("build.ps1"), .. arguments]);

    /// <summary>A PowerShell session running <paramref name="command"/> from <see cref="Elsewhere"/>: how a user at a PowerShell prompt runs it.</summary>
    public async Task<ScriptRun> RunPowerShellCommandAsync(string command) =>
        await RunAsync("dotnet", [await PowerShellTool.EntryPointAsync(), "-NoProfile", "-NonInteractive", "-Command", command]);

    public void Dispose() => _temp.Dispose();

    private async Task<ScriptRun> RunAsync(string executable, string[] arguments)
    {
        var environment = CleanEnvironment();
        if (_pipelineDll is not null)
        {
            environment["ORDERS_PIPELINE_DLL"] = _pipelineDll;
        }
        await using var process = ChildProcess.Start(executable, arguments, Elsewhere, environment, string.Join(' ', arguments));
        var exitCode = await process.WaitForExitAsync(Timeout);
        return new ScriptRun(exitCode, process.Output);
    }

    /// <summary>
    /// Without the variables the entry scripts set (so a probe sees what each script set) and without the
    /// developer's own pipeline settings; Cake's script cache on, so the real script compiles once per workspace.
    /// </summary>
    private static Dictionary<string, string?> CleanEnvironment()
    {
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = null,
            ["DOTNET_NOLOGO"] = null,
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = null,
            ["REGISTRY_USERNAME"] = null,
            ["REGISTRY_PASSWORD"] = null,
            ["NO_COLOR"] = "1",
            ["CAKE_SETTINGS_ENABLESCRIPTCACHE"] = "true",
        };
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(name => name.StartsWith("ORDERS_", StringComparison.Ordinal)))
        {
            environment[name] = null;
        }
        return environment;
    }

    // artifacts/bin/Orders.Pipeline/<configuration>/Orders.Pipeline.dll, next to artifacts/bin/Orders.EntryPoints.Tests/<configuration>/.
    private static string BuiltPipeline
    {
        get
        {
            var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(own.Parent!.Parent!.FullName, "Orders.Pipeline", own.Name, "Orders.Pipeline.dll");
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(to, File.GetUnixFileMode(from));
        }
    }
}
