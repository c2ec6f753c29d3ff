using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// Fails in seconds, before any image is built, naming everything that is missing at once (not one per run)
/// and how to get it: the tools on PATH, --registry, a kube context that answers with Kubernetes 1.30+, and with
/// --keda=existing a KEDA that accepts the ScaledObject (<see cref="ExistingKedaCheck"/>) in the namespace the
/// installed Prometheus admits (<see cref="KedaNamespaceCheck"/>).
/// </summary>
public sealed class PreflightVerb(ClusterSettings settings, IProcessRunner runner, TextWriter output, Func<string, string?> findOnPath, TimeProvider time)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var containerTool = settings.ContainerTool.Executable();
        (string Name, string HowToGet)[] required =
        [
            (containerTool, $"install {containerTool} (https://docs.docker.com/get-docker/, https://podman.io, or apt-get install buildah), or pick another with --container-tool=docker|podman|buildah"),
            ("helm", "install Helm 3 (https://helm.sh/docs/intro/install/)"),
            ("kubectl", "install kubectl (https://kubernetes.io/docs/tasks/tools/)"),
        ];
        foreach (var (name, howToGet) in required)
        {
            var path = findOnPath(name);
            output.WriteLine(path is null ? $"{name}: not found on PATH" : $"{name}: {path}");
            if (path is null)
            {
                problems.Add($"{name} is not on PATH: {howToGet}.");
            }
        }

        if (settings.Registry is not { } registry)
        {
            problems.Add($"No registry: pass --{Cli.PipelineOptions.Registry.Name}=<host[:port][/path]> (or set {Cli.PipelineOptions.Registry.EnvironmentVariable}), a registry the cluster can pull from, e.g. localhost:5001 for kind's local registry.");
        }
        else
        {
            var tag = await ImageTag.ResolveAsync(settings, runner, startNew: true, time, cancellationToken);
            output.WriteLine($"registry: {registry} (images {string.Join(", ", ImageDefinition.All.Select(i => i.Reference(registry, tag)))})");
        }

        if (findOnPath("kubectl") is not null)
        {
            var cluster = await CheckClusterAsync(cancellationToken);
            problems.AddRange(cluster);
            if (cluster.Count == 0 && settings.Keda == KedaMode.Existing)
            {
                problems.AddRange(await new ExistingKedaCheck(settings, runner, output).ProblemsAsync(cancellationToken));
                problems.AddRange(await new KedaNamespaceCheck(settings, runner, output).ProblemsAsync(cancellationToken));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Preflight failed:" + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p)));
        }
    }

    private async Task<IReadOnlyList<string>> CheckClusterAsync(CancellationToken cancellationToken)
    {
        var context = settings.KubeContext ?? "current";
        try
        {
            var server = await KubernetesVersion.ReadServerLineAsync(runner, settings, cancellationToken);
            output.WriteLine($"cluster: answers (context {context}; {server})");
            return KubernetesVersion.Parse(server) is { } found && found < KubernetesVersion.Required
                ? [$"The cluster runs {server.Replace("Server Version: ", "", StringComparison.Ordinal)}; the manifests need Kubernetes {KubernetesVersion.Required} or later (native sidecars, the preStop sleep action). Upgrade the cluster, or create one with a newer node image."]
                : [];
        }
        catch (ToolFailedException e)
        {
            return [$"The cluster does not answer (context {context}): {e.Message.TrimEnd('.')}. Check `kubectl config current-context` and `kubectl get nodes`, or pass --kube-context=<name>."];
        }
    }
}
