// Every path the pipeline uses, in one place, relative to the repository root.
public sealed class BuildPaths
{
    public BuildPaths(DirectoryPath root)
    {
        Root = root;
        Solution = root.CombineWithFilePath("Orders.slnx");
        Artifacts = root.Combine("artifacts");
        TestResults = Artifacts.Combine("test-results");
        Tests = root.Combine("tests");
        AppDockerfile = root.CombineWithFilePath("app/Dockerfile");
        ExporterDockerfile = root.CombineWithFilePath("sidecar/Dockerfile");
        KubernetesBase = root.Combine("k8s/base");
        PrometheusValues = root.CombineWithFilePath("k8s/prometheus-values.yaml");
        KedaValues = root.CombineWithFilePath("k8s/keda-values.yaml");
        Deploy = Artifacts.Combine("deploy");
    }

    public DirectoryPath Root { get; }
    public FilePath Solution { get; }
    public DirectoryPath Artifacts { get; }
    public DirectoryPath TestResults { get; }
    public DirectoryPath Tests { get; }

    // The two images are built with the repository root as context, so a Dockerfile can COPY any project.
    public FilePath AppDockerfile { get; }
    public FilePath ExporterDockerfile { get; }

    public DirectoryPath KubernetesBase { get; }
    public FilePath PrometheusValues { get; }
    public FilePath KedaValues { get; }

    /// <summary>artifacts/deploy: the generated kustomization (image overrides) and what it rendered.</summary>
    public DirectoryPath Deploy { get; }
}
