namespace Orders.K8s.Tests.Rendering;

/// <summary>Renders the repository's kustomizations; each is rendered once per test run and parsed afresh per call.</summary>
public static class Rendered
{
    private static readonly Lazy<string> BaseYaml = new(() => Kubectl.Kustomize(TestSupport.RepositoryFiles.BaseDirectory));
    private static readonly Lazy<string> TutorialYaml = new(() => Kubectl.Kustomize(TestSupport.RepositoryFiles.TutorialDirectory));

    /// <summary>k8s/base as kubectl rendered it, for tests that break a copy of the text.</summary>
    public static string BaseText => BaseYaml.Value;

    /// <summary>k8s/base. A fresh object graph each call, so a test may mutate it.</summary>
    public static ManifestSet Base() => Parse("k8s/base", BaseYaml.Value);

    /// <summary>k8s/tutorial. A fresh object graph each call, so a test may mutate it.</summary>
    public static ManifestSet Tutorial() => Parse("k8s/tutorial", TutorialYaml.Value);

    public static ManifestSet Parse(string source, string yaml) =>
        ManifestSet.Parse(source, yaml, File.ReadAllText(TestSupport.RepositoryFiles.PrometheusValues));
}
