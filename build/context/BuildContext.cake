// The typed context every task receives: arguments and environment are read here, once, so tasks never
// call Argument(...) themselves. It is an ICakeContext, so every Cake alias works on it (as in Frosting).
public sealed class BuildContext : CakeContextAdapter
{
    public BuildContext(ICakeContext context) : base(context)
    {
        Paths = new BuildPaths(context.MakeAbsolute(context.Directory("..")) /* Cake runs in build/, the script's folder */);
        BuildConfiguration = context.Argument("configuration", "Release");
        TestFilter = context.Argument("test-filter", "");
        Cluster = new ClusterOptions(context);
        LoadTest = new LoadTestOptions(context, Cluster);
    }

    public BuildPaths Paths { get; }

    /// <summary>--configuration: the dotnet build configuration (default Release).</summary>
    public string BuildConfiguration { get; }

    /// <summary>--test-filter: a dotnet test --filter expression, to run a subset while developing.</summary>
    public string TestFilter { get; }

    /// <summary>The arguments of the cluster targets (Preflight..Smoke, Deploy).</summary>
    public ClusterOptions Cluster { get; }

    /// <summary>The arguments of the Local and LoadTest targets.</summary>
    public LoadTestOptions LoadTest { get; }
}
