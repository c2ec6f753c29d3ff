namespace Orders.Build.Tests.Infrastructure;

/// <summary>The repository root: the folder holding Orders.slnx, found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Orders.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Orders.slnx above {AppContext.BaseDirectory}: run the tests from inside the repository.");
    }
}
