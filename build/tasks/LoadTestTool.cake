// Builds and runs build/Orders.Pipeline, the C# tool that holds the logic of Local, LoadTest and Smoke's HTTP
// checks (load engine, KEDA/HPA model, process supervision, smoke checks, report) so it is unit-tested
// rather than written in .cake files. --loadtest-dll runs an already built tool instead (CI, the pipeline tests).
public static class LoadTestTool
{
    public static void Run(BuildContext context, string command, IEnumerable<string> options, TimeSpan timeout)
    {
        var dll = context.LoadTest.ToolDll;
        if (dll == null)
        {
            var project = context.Paths.Root.CombineWithFilePath("build/Orders.Pipeline/Orders.Pipeline.csproj");
            context.DotNetBuild(project.FullPath, new DotNetBuildSettings { Configuration = "Release", NoLogo = true, ToolTimeout = TimeSpan.FromMinutes(10) });
            dll = context.Paths.Artifacts.CombineWithFilePath("bin/Orders.Pipeline/release/Orders.Pipeline.dll").FullPath;
        }
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = context.Paths.Root.FullPath, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add(command);
        foreach (var option in options)
        {
            start.ArgumentList.Add(option);
        }
        context.Information("$ dotnet {0} (at most {1:0} min)", string.Join(" ", start.ArgumentList), timeout.TotalMinutes);
        // System.Diagnostics rather than StartProcess: on a timeout the whole tree must go (the local run's
        // app, exporter and Prometheus are children of the tool), and Cake's IProcess.Kill stops only the tool.
        using var process = System.Diagnostics.Process.Start(start);
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new CakeException($"Orders.Pipeline {command} did not finish within {timeout.TotalMinutes:0} min and was stopped (with every process it started). "
                + "Its last lines above show where it hung: a Prometheus that never answers, a port-forward that died, or a profile longer than the run allows.");
        }
        if (process.ExitCode != 0)
        {
            throw new CakeException($"Orders.Pipeline {command} failed (exit code {process.ExitCode}); its output above says why.");
        }
    }
}
