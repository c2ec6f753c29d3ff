namespace Orders.EntryPoints.Tests.Infrastructure;

/// <summary>
/// Stand-in `docker`, `kind` and `kubectl` executables that log each call (argv, and stdin where the script
/// pipes a file in) and answer the few queries scripts/kind-with-registry.sh makes, so the script runs here
/// without Docker or a cluster. <see cref="RegistryRunning"/> and <see cref="ClusterExists"/> set the answers.
/// </summary>
public sealed class KindStubs : IDisposable
{
    private const string Stub = """
        #!/usr/bin/env bash
        # Logs "tool arg..." (and the stdin it was piped), then answers as the real tool would for this case.
        tool="$(basename "$0")"
        { printf '%s' "$tool"; printf ' %s' "$@"; printf '\n'; } >> "$STUB_LOG"
        case "$tool $*" in
            "docker inspect -f {{.State.Running}} kind-registry")
                if [ "$STUB_REGISTRY_RUNNING" = true ]; then echo true; else echo "Error: No such object" >&2; exit 1; fi ;;
            "docker inspect -f {{json .NetworkSettings.Networks.kind}} kind-registry")
                if [ "$STUB_REGISTRY_RUNNING" = true ]; then echo '{"NetworkID":"kind"}'; else echo null; fi ;;
            "kind get clusters")
                if [ "$STUB_CLUSTER_EXISTS" = true ]; then echo orders; fi ;;
            "kind get nodes --name orders")
                printf 'orders-control-plane\norders-worker\norders-worker2\n' ;;
            "kind create cluster"* | "docker exec -i"* | "kubectl"*" -f -")
                sed 's/^/  | /' >> "$STUB_LOG" ;;
        esac
        """;

    private readonly TempDirectory _directory = new("orders-kind-stubs");

    public KindStubs()
    {
        foreach (var tool in new[] { "docker", "kind", "kubectl" })
        {
            var path = _directory.Combine("bin", tool);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Stub.ReplaceLineEndings("\n") + "\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    public bool RegistryRunning { get; set; }

    public bool ClusterExists { get; set; }

    public string Log => _directory.Combine("calls.log");

    /// <summary>Runs the script with the stubs first on PATH; returns its run and the calls it made.</summary>
    public async Task<(ScriptRun Run, IReadOnlyList<string> Calls)> RunAsync(string script, params string[] arguments)
    {
        File.WriteAllText(Log, string.Empty);
        var environment = new Dictionary<string, string?>
        {
            ["PATH"] = _directory.Combine("bin") + ":/usr/bin:/bin",
            ["STUB_LOG"] = Log,
            ["STUB_REGISTRY_RUNNING"] = RegistryRunning ? "true" : "false",
            ["STUB_CLUSTER_EXISTS"] = ClusterExists ? "true" : "false",
        };
        await using var process = ChildProcess.Start("/bin/bash", [script, .. arguments], _directory.Path, environment);
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromMinutes(1));
        return (new ScriptRun(exitCode, process.Output), File.ReadAllLines(Log));
    }

    public void Dispose() => _directory.Dispose();
}
