namespace Orders.K8s.Tests.Rendering;

/// <summary>
/// A kustomization written to a temporary folder on top of the repository's, as the pipeline writes its own:
/// Kustomize refuses absolute paths, so every referenced folder is made relative. Deleted on dispose.
/// </summary>
public sealed class Overlay : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("orders-k8s-");

    /// <summary>Renders <paramref name="body"/>, whose {base}, {seed-layout} and {prometheus-operator} stand for those folders.</summary>
    public ManifestSet Render(string source, string body)
    {
        var text = body
            .Replace("{base}", Relative(TestSupport.RepositoryFiles.BaseDirectory), StringComparison.Ordinal)
            .Replace("{seed-layout}", Relative(TestSupport.RepositoryFiles.SeedLayoutComponentDirectory), StringComparison.Ordinal)
            .Replace("{prometheus-operator}", Relative(TestSupport.RepositoryFiles.OperatorComponentDirectory), StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder.FullName, "kustomization.yaml"), text);
        return Rendered.Parse(source, Kubectl.Kustomize(_folder.FullName));
    }

    private string Relative(string directory) => Path.GetRelativePath(_folder.FullName, directory).Replace('\\', '/');

    public void Dispose() => _folder.Delete(recursive: true);
}
