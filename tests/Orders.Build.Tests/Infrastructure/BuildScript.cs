namespace Orders.Build.Tests.Infrastructure;

/// <summary>Runs ./build.sh in a workspace as a process with a chosen PATH and environment, bounded in time
/// (the whole process tree is killed on timeout), capturing stdout and stderr together.</summary>
public static class BuildScript
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    public static async Task<BuildRun> RunAsync(string workspace, string path, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        await using var process = Start(workspace, path, environment, arguments);
        var exitCode = await process.WaitForExitAsync(Timeout);
        return new BuildRun(exitCode, process.Output);
    }

    /// <summary>Starts ./build.sh and returns at once, for a test that acts on the run while it goes (signals it).
    /// Its process id is build.sh's, which supervises Cake in a process group of its own.</summary>
    public static ChildProcess Start(string workspace, string path, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var variables = new Dictionary<string, string?> { ["PATH"] = path, ["NO_COLOR"] = "1" };
        // The developer's own settings must not leak into the run under test.
        var inherited = Environment.GetEnvironmentVariables().Keys.Cast<string>();
        foreach (var name in inherited.Where(name => name.StartsWith("ORDERS_", StringComparison.Ordinal)).Append("REGISTRY_USERNAME").Append("REGISTRY_PASSWORD"))
        {
            variables[name] = null;
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        return ChildProcess.Start("/bin/bash", [Path.Combine(workspace, "build.sh"), .. arguments], workspace, variables, "./build.sh " + string.Join(' ', arguments));
    }
}
