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
    }

    public DirectoryPath Root { get; }
    public FilePath Solution { get; }
    public DirectoryPath Artifacts { get; }
    public DirectoryPath TestResults { get; }
    public DirectoryPath Tests { get; }
}
