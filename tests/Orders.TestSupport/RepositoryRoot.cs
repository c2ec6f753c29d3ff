namespace Orders.TestSupport;

/// <summary>The repository's root: the folder holding Orders.slnx, found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Orders.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Orders.slnx above {AppContext.BaseDirectory}: run the tests from inside a clone of the repository.");
    }
}
