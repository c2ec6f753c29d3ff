namespace Orders.Build.Tests.Infrastructure;

/// <summary>
/// A `dotnet` first on PATH that records `dotnet build` and `dotnet test` (argv, one tab-separated line per
/// call; exit 0) and hands every other command (tool restore, cake, the pipeline's dll) to the real dotnet,
/// so a run shows exactly which arguments Cake gave dotnet, without building or testing anything.
/// </summary>
public sealed class DotNetStub : IDisposable
{
    private readonly TempDirectory _directory = new("orders-dotnet-stub");

    public DotNetStub()
    {
        var real = Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(dir => System.IO.Path.Combine(dir, "dotnet")).First(File.Exists);
        var script = System.IO.Path.Combine(Directory, "dotnet");
        File.WriteAllText(script, $$"""
            #!/bin/bash
            case "$1" in
              build|test) { printf '%s' "$1"; shift; for a in "$@"; do printf '\t%s' "$a"; done; printf '\n'; } >> '{{LogPath}}'; exit 0 ;;
            esac
            exec '{{real}}' "$@"
            """.Replace("\r", ""));
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public string Directory => _directory.Path;

    private string LogPath => _directory.Combine("dotnet.log");

    /// <summary>Each recorded call: the command (build or test), then its arguments as dotnet received them.</summary>
    public IReadOnlyList<string[]> Calls() => File.Exists(LogPath) ? [.. File.ReadAllLines(LogPath).Select(line => line.Split('\t'))] : [];

    public void Dispose() => _directory.Dispose();
}
