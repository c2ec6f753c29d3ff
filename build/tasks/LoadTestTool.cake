// Builds and runs build/Orders.LoadTest, the C# tool that holds the logic of Local and LoadTest (load engine,
// KEDA/HPA model, process supervision, report) so it is unit-tested rather than written in .cake files.
public static class LoadTestTool
{
    public static void Run(BuildContext context, string command, IEnumerable<string> options)
    {
        var project = context.Paths.Root.CombineWithFilePath("build/Orders.LoadTest/Orders.LoadTest.csproj");
        context.DotNetBuild(project.FullPath, new DotNetBuildSettings { Configuration = "Release", NoLogo = true });
        var dll = context.Paths.Artifacts.CombineWithFilePath("bin/Orders.LoadTest/release/Orders.LoadTest.dll");
        var arguments = new ProcessArgumentBuilder().AppendQuoted(dll.FullPath).Append(command);
        foreach (var option in options)
        {
            arguments.AppendQuoted(option);
        }
        var exitCode = context.StartProcess("dotnet", new ProcessSettings
        {
            Arguments = arguments,
            WorkingDirectory = context.Paths.Root,
        });
        if (exitCode != 0)
        {
            throw new CakeException($"Orders.LoadTest {command} failed (exit code {exitCode}); its output above says why.");
        }
    }
}
