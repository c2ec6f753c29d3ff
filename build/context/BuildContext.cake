// The typed context every task receives (Frosting's shape): the script's own options, read once. Every other
// option belongs to build/Orders.Pipeline, which gets them forwarded (PipelineTool).
public sealed class BuildContext : CakeContextAdapter
{
    public BuildContext(ICakeContext context, PipelineTool pipeline) : base(context) => Paths = pipeline.Paths;

    public BuildPaths Paths { get; }

    /// <summary>--configuration: the dotnet build configuration.</summary>
    public string BuildConfiguration => this.Argument("configuration", "Release");

    /// <summary>--test-filter: a dotnet test --filter expression, to run a subset while developing.</summary>
    public string TestFilter => this.Argument("test-filter", "");
}
