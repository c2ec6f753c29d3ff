namespace Orders.Build.Tests.Infrastructure;

/// <summary>
/// A temporary copy of what ./build.sh needs (build.sh, build/, .config/, global.json, k8s/, the Dockerfiles),
/// so runs write artifacts/ there and never into the repository, and so a test can check that deploying edits
/// no file.
/// One workspace serves every test of the "pipeline" collection, run one after another: Cake's script cache
/// then compiles build.cake once instead of once per run (several seconds each on a busy machine).
/// </summary>
public sealed class PipelineWorkspace : IDisposable
{
    private readonly TempDirectory _temp = new("orders-pipeline");

    public PipelineWorkspace()
    {
        Root = _temp.Combine("repo");
        var source = RepositoryRoot.Path;
        foreach (var file in new[] { "build.sh", "global.json", ".config/dotnet-tools.json", "app/Dockerfile", "sidecar/Dockerfile", "Directory.Build.props" })
        {
            CopyFile(System.IO.Path.Combine(source, file), System.IO.Path.Combine(Root, file));
        }
        File.SetUnixFileMode(System.IO.Path.Combine(Root, "build.sh"), File.GetUnixFileMode(System.IO.Path.Combine(source, "build.sh")));
        CopyTree(System.IO.Path.Combine(source, "build"), System.IO.Path.Combine(Root, "build"), "*.cake");
        CopyTree(System.IO.Path.Combine(source, "k8s"), System.IO.Path.Combine(Root, "k8s"), "*");
        Stubs = new StubTools(_temp.Combine("stubs"), "docker", "buildah", "helm", "kubectl");
    }

    public string Root { get; }

    /// <summary>The Orders.Pipeline.dll built next to this test assembly (a build dependency of this project).</summary>
    public static string BuiltPipeline { get; } = BuiltNextToTests("Orders.Pipeline");

    public StubTools Stubs { get; }

    /// <summary>The stubs first, then this machine's PATH (dotnet, bash, coreutils; no helm here).</summary>
    public string StubbedPath => Stubs.Directory + ":" + Environment.GetEnvironmentVariable("PATH");

    /// <summary>Another stub folder holding only <paramref name="tools"/> (e.g. to make some tools missing).</summary>
    public StubTools CreateStubs(string name, params string[] tools) => new(_temp.Combine(name), tools);

    /// <summary>A folder with only what ./build.sh itself needs from PATH (dotnet, dirname), as symlinks.</summary>
    public string MinimalSystemPath()
    {
        var directory = _temp.Combine("system-bin");
        Directory.CreateDirectory(directory);
        foreach (var tool in new[] { "dotnet", "dirname" })
        {
            var target = Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(dir => System.IO.Path.Combine(dir, tool)).First(File.Exists);
            var link = System.IO.Path.Combine(directory, tool);
            if (!File.Exists(link))
            {
                File.CreateSymbolicLink(link, target);
            }
        }
        return directory;
    }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Runs ./build.sh with the stubs first on PATH; the stubs' log is cleared first.</summary>
    public Task<BuildRun> RunAsync(params string[] arguments) => RunAsync(StubbedPath, new Dictionary<string, string>(), arguments);

    public Task<BuildRun> RunAsync(string path, Dictionary<string, string> environment, params string[] arguments) =>
        BuildScript.RunAsync(Root, path, Prepare(environment), arguments);

    /// <summary>Starts ./build.sh as <see cref="RunAsync(string, Dictionary{string, string}, string[])"/> runs it, returning at once.</summary>
    public ChildProcess Start(string path, Dictionary<string, string> environment, params string[] arguments) =>
        BuildScript.Start(Root, path, Prepare(environment), arguments);

    /// <summary>
    /// Empty projects where Local publishes the app and the exporter (the workspace holds no sources), so the
    /// target runs through; the test then passes the built app and exporter with --app-dll and --exporter-dll.
    /// </summary>
    public void AddStandInLocalProjects()
    {
        foreach (var project in new[] { "app/Orders.App.csproj", "sidecar/Orders.Exporter.csproj" })
        {
            var path = Combine(project);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, """
                <Project Sdk="Microsoft.NET.Sdk">
                  <!-- Stand-in written by Orders.Build.Tests: Local publishes it; the test runs the real build. -->
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <EnableDefaultItems>false</EnableDefaultItems>
                  </PropertyGroup>
                </Project>
                """);
        }
    }

    /// <summary>
    /// Starts ./build.sh --target=Local on the real PATH with stand-in projects (<see cref="AddStandInLocalProjects"/>),
    /// the built app and exporter on <paramref name="ports"/> (app, exporter, Prometheus) and <paramref name="options"/>;
    /// the MSBuild and compiler servers are off so the stand-in publishes leave no process behind.
    /// </summary>
    public ChildProcess StartLocal(int[] ports, params string[] options)
    {
        AddStandInLocalProjects();
        var environment = new Dictionary<string, string>
        {
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["UseSharedCompilation"] = "false",
        };
        return Start(Environment.GetEnvironmentVariable("PATH")!, environment,
        [
            "--target=Local", $"--app-port={ports[0]}", $"--exporter-port={ports[1]}", $"--prometheus-port={ports[2]}",
            .. options,
            "--app-dll=" + BuiltAssembly.PathOf("Orders.App"), "--exporter-dll=" + BuiltAssembly.PathOf("Orders.Exporter"),
        ]);
    }

    private Dictionary<string, string> Prepare(Dictionary<string, string> environment)
    {
        Stubs.ClearLog();
        environment["CAKE_SETTINGS_ENABLESCRIPTCACHE"] = "true";
        // The workspace holds the .cake files only: every verb runs the Orders.Pipeline this solution built.
        environment.TryAdd("ORDERS_PIPELINE_DLL", BuiltPipeline);
        return environment;
    }

    public void Dispose() => _temp.Dispose();

    // artifacts/bin/<project>/<configuration>/<project>.dll, next to artifacts/bin/Orders.Build.Tests/<configuration>/.
    private static string BuiltNextToTests(string project)
    {
        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        return System.IO.Path.Combine(own.Parent!.Parent!.FullName, project, own.Name, project + ".dll");
    }

    private static void CopyTree(string from, string to, string pattern)
    {
        if (!Directory.Exists(from))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(from, pattern, SearchOption.AllDirectories))
        {
            CopyFile(file, System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file)));
        }
    }

    private static void CopyFile(string from, string to)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }
}
