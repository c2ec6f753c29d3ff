namespace Orders.TestSupport;

/// <summary>
/// Where the build put another project's dll for this test run's configuration. Every project builds into
/// artifacts/bin/&lt;project&gt;/&lt;pivot&gt;/ (UseArtifactsOutput), so the app's and the exporter's folders are
/// siblings of this test's own; a test project makes sure they are built with a ProjectReference.
/// </summary>
public static class BuiltAssembly
{
    public static string PathOf(string project)
    {
        var own = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var dll = Path.Combine(own.Parent!.Parent!.FullName, project, own.Name, project + ".dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"{dll} is missing: build the solution first (./build.sh --target=Build), or add a ProjectReference to {project} to this test project.", dll);
    }
}
