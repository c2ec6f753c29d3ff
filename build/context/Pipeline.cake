// Runs one verb of build/Orders.Pipeline, the C# program that owns every fact about the cluster and the run,
// with every argument this script was given, forwarded once and unparsed. System.Diagnostics rather than
// StartProcess: each value must stay one argv element, and on a hang the whole tree must go (Local's app,
// exporter and Prometheus are the tool's children), while Cake's IProcess.Kill stops only the tool.
public static class Pipeline
{
    // Only a hang-stopper: the tool bounds each verb itself (it knows the profile and every command's timeout).
    private const int HangBoundHours = 6;

    private static bool _built;

    public static void Run(BuildContext context, string verb, params string[] extra)
    {
        var dll = context.PipelineDll;
        if (dll == null)
        {
            // Built once per run: Deploy's chain runs eight verbs, each would otherwise start MSBuild again.
            if (!_built)
            {
                context.DotNetBuild(context.Paths.Pipeline.FullPath, new DotNetBuildSettings { Configuration = "Release", NoLogo = true, ToolTimeout = BuildContext.Minutes(10) });
                _built = true;
            }
            dll = context.Paths.PipelineDll;
        }
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = context.Paths.Root.FullPath, UseShellExecute = false };
        start.ArgumentList.Add(dll.FullPath);
        start.ArgumentList.Add(verb);
        start.ArgumentList.Add("--root=" + context.Paths.Root.FullPath); // where this script runs; a given --root comes later and wins
        foreach (var argument in context.Arguments.GetArguments())
        {
            foreach (var value in argument.Value)
            {
                start.ArgumentList.Add($"--{argument.Key}={value}");
            }
        }
        foreach (var argument in extra)
        {
            start.ArgumentList.Add(argument);
        }
        context.Information("$ dotnet {0} {1} (arguments forwarded)", dll.GetFilename(), verb);
        using var process = System.Diagnostics.Process.Start(start);
        if (!process.WaitForExit(HangBoundHours * 3600 * 1000))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new CakeException($"Orders.Pipeline {verb} hung for {HangBoundHours} h and was stopped with every process it started; its last lines above show where.");
        }
        if (process.ExitCode != 0)
        {
            throw new CakeException(process.ExitCode, $"Orders.Pipeline {verb} failed (exit code {process.ExitCode}); its output above says why.");
        }
    }
}
