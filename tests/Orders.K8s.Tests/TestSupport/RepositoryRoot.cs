namespace Orders.K8s.Tests.TestSupport;

/// <summary>The repository's root: the folder holding Orders.slnx, found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Orders.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No Orders.slnx above {AppContext.BaseDirectory}: run the tests from inside the repository.");
    }
}
