using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Replay;

/// <summary>The scaledobject-replay package: its project, its id and where Pack writes it. The id and command
/// name are the project file's (PackageId, ToolCommandName); this is the pipeline's one copy of where they live.</summary>
public static class ToolPackage
{
    public const string Id = "ScaledObject.Replay";

    /// <summary>Packing compiles the tool and Orders.Pipeline in Release: minutes on a busy two-core machine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static string Project(string root) => Path.Combine(root, "build", Id, Id + ".csproj");

    public static string Folder(string root) => Path.Combine(root, "artifacts", "packages");

    public static ToolCall PackCall(string root) =>
        new("dotnet", ["pack", Project(root), "--configuration", "Release", "--output", Folder(root), "--nologo"], Timeout) { WorkingDirectory = root };
}
