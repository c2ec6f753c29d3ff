namespace Orders.Build.Tests.Infrastructure;

/// <summary>
/// Minimal versions of repository parts owned by other pieces of work, written into a workspace only where
/// the repository does not have them yet, so the pipeline's commands can be tested before they land. Once
/// the Dockerfiles exist, the workspace uses the real ones (k8s/ is always the repository's).
/// </summary>
public static class StandIns
{
    public static void WriteWhereMissing(string root)
    {
        Write(root, "app/Dockerfile", "FROM scratch\n");
        Write(root, "sidecar/Dockerfile", "FROM scratch\n");
    }

    private static void Write(string root, string relativePath, string content)
    {
        var path = Path.Combine(root, relativePath);
        if (File.Exists(path))
        {
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
