namespace Orders.TestSupport;

/// <summary>Where a program is on PATH, or null: for tests that skip, with the reason, where a tool is missing.</summary>
public static class ExecutableOnPath
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, OperatingSystem.IsWindows() ? name + ".exe" : name))
            .FirstOrDefault(File.Exists);
}
