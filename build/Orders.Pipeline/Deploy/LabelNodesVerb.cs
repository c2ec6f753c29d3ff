using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Deploy;

/// <summary>LabelNodes: the seed layout's nodeSelector asks for role=worker-node; --nodes names the nodes, or
/// every node without a control-plane role gets the label. --overwrite makes a second run a no-op. The portable
/// layout has no nodeSelector, so it labels nothing: on a shared cluster the nodes are not ours to label.</summary>
public sealed class LabelNodesVerb(ClusterSettings settings, IProcessRunner runner, TextWriter output)
{
    /// <summary>The label k8s/components/seed-layout's nodeSelector asks for.</summary>
    public const string WorkerRoleLabel = "role=worker-node";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (settings.Layout == DeployLayout.Portable)
        {
            output.WriteLine($"--layout=portable: no node labelled (the portable layout has no nodeSelector; --layout=seed labels nodes {WorkerRoleLabel}).");
            return;
        }
        var nodes = settings.Nodes.Count > 0 ? settings.Nodes : await ReadWorkersAsync(cancellationToken);
        if (nodes.Count == 0)
        {
            throw new InvalidOperationException($"Every node has a control-plane role, so none was labelled {WorkerRoleLabel} and the orders pods could not be scheduled. Name the nodes to use: --nodes=<node>[,<node>] (on minikube: --nodes=minikube).");
        }
        foreach (var node in nodes)
        {
            await runner.RunCheckedAsync(Kubectl.Call(settings, TimeSpan.FromMinutes(1), ["label", "nodes", node, WorkerRoleLabel], null, "--overwrite"), cancellationToken);
        }
    }

    private async Task<IReadOnlyList<string>> ReadWorkersAsync(CancellationToken cancellationToken)
    {
        var call = Kubectl.Call(settings, TimeSpan.FromMinutes(1), ["get", "nodes"], null, "--output=json") with { CaptureOutput = true };
        var json = await runner.RunCheckedAsync(call, cancellationToken);
        var workers = new List<string>();
        foreach (var (name, isControlPlane) in WorkerNodes.Parse(call, json.StandardOutput))
        {
            output.WriteLine($"node {name}: {(isControlPlane ? "control plane, not labelled" : "worker")}");
            if (!isControlPlane)
            {
                workers.Add(ArgumentGrammarNode(name));
            }
        }
        return workers;
    }

    // A name the cluster reported still goes through the grammar: it becomes an argument too.
    private static string ArgumentGrammarNode(string name) => Cli.ArgumentGrammar.Node("nodes", name);
}
