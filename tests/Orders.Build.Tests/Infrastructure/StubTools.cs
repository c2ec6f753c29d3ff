namespace Orders.Build.Tests.Infrastructure;

/// <summary>
/// Stand-ins for docker, buildah, helm and kubectl: small bash scripts in a folder put first on PATH. Each
/// appends its argv to commands.log (one line per call, arguments tab-separated), saves what it got on stdin
/// when called with --password-stdin, and answers the queries the pipeline makes (kubectl version, get nodes,
/// get scaledobject, get hpa). `kubectl kustomize` runs the real kubectl, so rendering is real.
/// `kubectl port-forward RESOURCE` prints kubectl's "Forwarding from 127.0.0.1:PORT" line for the port set
/// with <see cref="ForwardTo"/> and then blocks like the real one, until the pipeline kills it.
/// </summary>
public sealed class StubTools
{
    public const string ControlPlaneNode = "control-plane-1";
    public static readonly string[] WorkerNodeNames = ["worker-1", "worker-2"];

    public StubTools(string directory, params string[] tools)
    {
        Directory = directory;
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(NodesJsonPath, NodesJson);
        File.WriteAllText(ScaledObjectJsonPath, ScaledObjectJson);
        foreach (var tool in tools)
        {
            var path = System.IO.Path.Combine(directory, tool);
            File.WriteAllText(path, Script);
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Directory { get; }

    private string CommandsLogPath => System.IO.Path.Combine(Directory, "commands.log");
    private string StdinLogPath => System.IO.Path.Combine(Directory, "stdin.log");
    private string NodesJsonPath => System.IO.Path.Combine(Directory, "nodes.json");
    private string ScaledObjectJsonPath => System.IO.Path.Combine(Directory, "scaledobject.json");

    /// <summary>Every recorded call, in order: tool name then its arguments.</summary>
    public IReadOnlyList<string[]> Commands() =>
        File.Exists(CommandsLogPath) ? File.ReadAllLines(CommandsLogPath).Select(line => line.Split('\t')).ToList() : [];

    /// <summary>The raw log (every argument of every call), for "the secret appears nowhere" checks.</summary>
    public string CommandsLog() => File.Exists(CommandsLogPath) ? File.ReadAllText(CommandsLogPath) : "";

    public string? StandardInput() => File.Exists(StdinLogPath) ? File.ReadAllText(StdinLogPath) : null;

    /// <summary>Makes `kubectl port-forward <paramref name="resource"/>` report <paramref name="url"/>'s port.</summary>
    public void ForwardTo(string resource, Uri url) => File.WriteAllText(ForwardPortPath(resource), url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The process ids of the port-forwards started so far.</summary>
    public IReadOnlyList<int> PortForwardProcessIds() => File.Exists(PortForwardPidsPath)
        ? File.ReadAllLines(PortForwardPidsPath).Select(int.Parse).ToList()
        : [];

    /// <summary>Makes the stub print <paramref name="content"/> for a query (<c>helm-list</c>, <c>helm-history-NAME</c>,
    /// <c>crd</c>) until the returned handle is disposed; without it helm lists no release and kubectl finds no CRD.</summary>
    public IDisposable Answer(string query, string content)
    {
        var path = System.IO.Path.Combine(Directory, "answer-" + query);
        File.WriteAllText(path, content);
        return new DeleteOnDispose(path);
    }

    private sealed class DeleteOnDispose(string path) : IDisposable
    {
        public void Dispose() => File.Delete(path);
    }

    private string ForwardPortPath(string resource) => System.IO.Path.Combine(Directory, "forward-" + resource.Replace('/', '_') + ".port");

    private string PortForwardPidsPath => System.IO.Path.Combine(Directory, "port-forward.pids");

    public void ClearLog()
    {
        File.Delete(CommandsLogPath);
        File.Delete(StdinLogPath);
        File.Delete(PortForwardPidsPath);
    }

    private static string RealKubectl =>
        Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(dir => System.IO.Path.Combine(dir, "kubectl")).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("kubectl is not on PATH: the stub delegates `kubectl kustomize` to it (install kubectl).");

    private string Script => $$"""
        #!/bin/bash
        # Stub written by Orders.Build.Tests: records argv, answers the pipeline's queries.
        tool="${0##*/}"
        { printf '%s' "$tool"; for a in "$@"; do printf '\t%s' "$a"; done; printf '\n'; } >> '{{CommandsLogPath}}'
        for a in "$@"; do
          if [ "$a" = "--password-stdin" ]; then /bin/cat > '{{StdinLogPath}}'; fi
        done
        case "$tool $1" in
          "kubectl version") echo "Client Version: v1.32.0"; echo "Server Version: ${STUB_KUBE_SERVER_VERSION:-v1.31.0}" ;;
          "kubectl kustomize") exec '{{RealKubectl}}' "$@" ;;
          "kubectl port-forward")
            port_file='{{Directory}}/forward-'"${2//\//_}"'.port'
            [ -f "$port_file" ] || { echo "stub kubectl: no port for $2" >&2; exit 1; }
            echo "$$" >> '{{PortForwardPidsPath}}'
            echo "Forwarding from 127.0.0.1:$(< "$port_file") -> 9090"
            exec /bin/sleep 300 ;;
          "helm list") /bin/cat '{{Directory}}/answer-helm-list' 2>/dev/null || echo '[]' ;;
          "helm history") /bin/cat '{{Directory}}/answer-helm-history-'"$2" 2>/dev/null || { echo "Error: release: not found" >&2; exit 1; } ;;
          "kubectl get")
            case "$2" in
              crd) /bin/cat '{{Directory}}/answer-crd' 2>/dev/null || { echo "Error from server (NotFound): customresourcedefinitions.apiextensions.k8s.io \"$3\" not found" >&2; exit 1; } ;;
              nodes) /bin/cat '{{NodesJsonPath}}' ;;
              scaledobject/orders) /bin/cat '{{ScaledObjectJsonPath}}' ;;
              hpa/keda-hpa-orders) echo "horizontalpodautoscaler.autoscaling/keda-hpa-orders" ;;
              *) echo "stub kubectl: no answer for get $2" >&2; exit 1 ;;
            esac ;;
        esac
        exit 0
        """.Replace("\r", "");

    private static string NodesJson => System.Text.Json.JsonSerializer.Serialize(new
    {
        apiVersion = "v1",
        kind = "List",
        items = new[]
        {
            Node(ControlPlaneNode, new() { ["node-role.kubernetes.io/control-plane"] = "" }),
            Node(WorkerNodeNames[0], []),
            Node(WorkerNodeNames[1], new() { ["role"] = "worker-node" }),
        },
    });

    private static object Node(string name, Dictionary<string, string> labels)
    {
        labels["kubernetes.io/hostname"] = name;
        return new { metadata = new { name, labels } };
    }

    private const string ScaledObjectJson = """
        {"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":"orders","namespace":"orders"},
         "status":{"conditions":[
           {"type":"Ready","status":"True","reason":"ScaledObjectReady","message":"ScaledObject is defined correctly and is ready for scaling"},
           {"type":"Active","status":"False"}]}}
        """;
}
