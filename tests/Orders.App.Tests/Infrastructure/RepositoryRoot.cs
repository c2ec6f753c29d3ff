namespace Orders.App.Tests.Infrastructure;

/// <summary>The folder holding Orders.slnx, found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Orders.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Orders.slnx above {AppContext.BaseDirectory}: run the tests from a clone of the repository.");
    }
}
