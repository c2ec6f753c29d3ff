// The typed context every task receives (Frosting's shape): the script's own options, read once. Every other
// option belongs to build/Orders.Pipeline, which gets them forwarded (PipelineTool).
public sealed class BuildContext : CakeContextAdapter
{
    public BuildContext(ICakeContext context, PipelineTool pipeline) : base(context) => Paths = pipeline.Paths;

    public BuildPaths Paths { get; }
    public string BuildConfiguration => this.Argument("configuration", "Release"); // --configuration: dotnet's build configuration
    public string TestFilter => this.Argument("test-filter", ""); // --test-filter: a dotnet test --filter expression, to run a subset
}
