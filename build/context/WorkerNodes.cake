// Reads the nodes that are not control-plane nodes from `kubectl get nodes -o json`: those carrying neither
// node-role.kubernetes.io/control-plane nor the pre-1.24 node-role.kubernetes.io/master label.
public static class WorkerNodes
{
    private static readonly string[] ControlPlaneLabels = { "node-role.kubernetes.io/control-plane", "node-role.kubernetes.io/master" };

    public static IReadOnlyList<string> Read(ICakeContext context, ClusterOptions cluster)
    {
        var json = context.KubectlGet(new KubectlGetSettings { Context = cluster.KubeContext, Output = "json", ToolTimeout = TimeSpan.FromMinutes(1) }, "nodes");
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var workers = new List<string>();
        foreach (var node in document.RootElement.GetProperty("items").EnumerateArray())
        {
            var metadata = node.GetProperty("metadata");
            var isControlPlane = metadata.TryGetProperty("labels", out var labels) && ControlPlaneLabels.Any(label => labels.TryGetProperty(label, out _));
            var name = metadata.GetProperty("name").GetString();
            context.Information($"node {name}: {(isControlPlane ? "control plane, not labelled" : "worker")}");
            if (!isControlPlane)
            {
                workers.Add(name);
            }
        }
        return workers;
    }
}
