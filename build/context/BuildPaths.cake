// The paths the script itself uses (dotnet's inputs and outputs); every path of the cluster and the run
// belongs to build/Orders.Pipeline.
public sealed class BuildPaths
{
    public BuildPaths(DirectoryPath root) => Root = root;
    public DirectoryPath Root { get; }
    public FilePath Solution => Root.CombineWithFilePath("Orders.slnx");
    public DirectoryPath Artifacts => Root.Combine("artifacts");
    public DirectoryPath TestResults => Artifacts.Combine("test-results");
    public FilePath Pipeline => Root.CombineWithFilePath("build/Orders.Pipeline/Orders.Pipeline.csproj");
    public FilePath PipelineDll => Artifacts.CombineWithFilePath("bin/Orders.Pipeline/release/Orders.Pipeline.dll");
    public FilePath[] LocalProjects => new[] { Root.CombineWithFilePath("app/Orders.App.csproj"), Root.CombineWithFilePath("sidecar/Orders.Exporter.csproj") };
}
