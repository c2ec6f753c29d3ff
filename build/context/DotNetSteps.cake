// Cake's own steps, run around a target's verb (verb: runs it with extra arguments; a no-op for a target
// without one). dotnet gets --configuration and --test-filter as argument lists (PipelineTool.Exec): Cake's
// settings quote a value into one string, where x" --settings "/tmp/evil.runsettings became two arguments.
public static class DotNetSteps
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(15), TestBound = TimeSpan.FromMinutes(30);

    public static Action<BuildContext, Action<string[]>> For(string target) => target switch
    {
        "Clean" => (context, verb) => context.CleanDirectory(context.Paths.Artifacts),
        "Restore" => (context, verb) => DotNet(context, Bound, "restore", context.Paths.Solution.FullPath),
        "Build" => (context, verb) => DotNet(context, Bound, "build", context.Paths.Solution.FullPath, "--configuration", context.BuildConfiguration, "--no-restore"),
        "Test" => Test,
        "Local" => (context, verb) =>
        {
            foreach (var project in context.Paths.LocalProjects) { DotNet(context, Bound, "publish", project.FullPath, "--configuration", "Release"); }
            verb(new string[0]);
        },
        _ => (context, verb) => verb(new string[0]),
    };

    // A TRX file per project, summed by the verb into the one line CI reads; a hung test is killed after 5 min.
    private static void Test(BuildContext context, Action<string[]> verb)
    {
        context.CleanDirectory(context.Paths.TestResults);
        var filter = context.TestFilter.Length > 0 ? new[] { "--filter", context.TestFilter } : new string[0];
        Exception failure = null;
        try
        {
            DotNet(context, TestBound, new[] { "test", context.Paths.Solution.FullPath, "--configuration", context.BuildConfiguration, "--no-build", "--no-restore",
                "--logger", "trx", "--logger", "console;verbosity=normal", "--results-directory", context.Paths.TestResults.FullPath,
                "--blame-hang-timeout", "5m", "--blame-hang-dump-type", "none" }.Concat(filter).ToArray());
        }
        catch (Exception e) { failure = e; }
        verb(new[] { "--results=" + context.Paths.TestResults.FullPath }); // fails first on a failed test, naming it
        if (failure != null) { throw new CakeException("dotnet test failed without a failed test (a crash or a build problem): " + failure.Message); }
    }

    private static void DotNet(BuildContext context, TimeSpan bound, params string[] arguments)
    {
        context.Information("$ dotnet {0}", string.Join(" ", arguments));
        PipelineTool.Exec(context, "dotnet " + arguments[0], "dotnet", arguments, context.Paths.Root, bound);
    }
}
