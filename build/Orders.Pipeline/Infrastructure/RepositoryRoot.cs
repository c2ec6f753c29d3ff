namespace Orders.Pipeline.Infrastructure;

/// <summary>The repository root: the nearest folder at or above a start folder that holds Orders.slnx.</summary>
public static class RepositoryRoot
{
    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Orders.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No Orders.slnx at or above {start}: run from the repository or pass --root.");
    }
}
