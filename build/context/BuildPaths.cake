// The paths the script itself uses (dotnet's inputs and outputs), relative to the repository root. Every
// path of the cluster and the run belongs to build/Orders.Pipeline.
public sealed class BuildPaths
{
    public BuildPaths(DirectoryPath root)
    {
        Root = root;
        Solution = root.CombineWithFilePath("Orders.slnx");
        Artifacts = root.Combine("artifacts");
        TestResults = Artifacts.Combine("test-results");
        Pipeline = root.CombineWithFilePath("build/Orders.Pipeline/Orders.Pipeline.csproj");
        PipelineDll = Artifacts.CombineWithFilePath("bin/Orders.Pipeline/release/Orders.Pipeline.dll");
        LocalProjects = new[] { root.CombineWithFilePath("app/Orders.App.csproj"), root.CombineWithFilePath("sidecar/Orders.Exporter.csproj") };
    }

    public DirectoryPath Root { get; }
    public FilePath Solution { get; }
    public DirectoryPath Artifacts { get; }
    public DirectoryPath TestResults { get; }
    public FilePath Pipeline { get; }
    public FilePath PipelineDll { get; }

    /// <summary>What Local publishes (Release, to artifacts/publish/) before the tool runs it.</summary>
    public FilePath[] LocalProjects { get; }
}
