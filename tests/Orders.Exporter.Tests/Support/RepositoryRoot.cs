namespace Orders.Exporter.Tests.Support;

/// <summary>The repository root: the folder holding Orders.slnx, found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Orders.slnx"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No Orders.slnx above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
