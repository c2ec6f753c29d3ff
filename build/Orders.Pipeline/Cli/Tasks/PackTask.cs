using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Replay;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli.Tasks;

/// <summary>Packs the scaledobject-replay .NET tool. `dotnet pack` runs from this verb (bounded) rather than from
/// Cake code: the .cake files hold only what Cake must (CakeScriptOwnsNothingTests).</summary>
[TaskName("Pack")]
[VerbName("pack")]
[TaskDescription("Pack the scaledobject-replay .NET tool (build/ScaledObject.Replay) into artifacts/packages/; install it with `dotnet tool install --global --add-source artifacts/packages ScaledObject.Replay`.")]
public sealed class PackTask : PipelineTask
{
    public override async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var root = args.Root();
        args.ThrowOnUnknown();
        var packages = ToolPackage.Folder(root);
        await new ProcessRunner(Console.Out).RunCheckedAsync(ToolPackage.PackCall(root), cancellationToken,
            "Build it alone to see the error: dotnet build build/ScaledObject.Replay -c Release.");
        Console.WriteLine($"{ToolPackage.Id} packed into {packages}; install: dotnet tool install --global --add-source {Path.GetRelativePath(root, packages)} {ToolPackage.Id}");
        return 0;
    }
}
