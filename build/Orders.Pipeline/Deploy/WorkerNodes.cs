using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Deploy;

/// <summary>The nodes that are not control-plane nodes in <c>kubectl get nodes -o json</c>: those carrying
/// neither node-role.kubernetes.io/control-plane nor the pre-1.24 node-role.kubernetes.io/master label.</summary>
public static class WorkerNodes
{
    private static readonly string[] ControlPlaneLabels = ["node-role.kubernetes.io/control-plane", "node-role.kubernetes.io/master"];

    /// <param name="call">The kubectl call that printed <paramref name="json"/>, named in the error when it is odd.</param>
    public static IReadOnlyList<(string Name, bool IsControlPlane)> Parse(ToolCall call, string json) =>
        ToolOutput.ParseJson<IReadOnlyList<(string, bool)>>(call, json, root => [.. root.GetProperty("items").EnumerateArray().Select(node =>
        {
            var metadata = node.GetProperty("metadata");
            var isControlPlane = metadata.TryGetProperty("labels", out var labels) && ControlPlaneLabels.Any(label => labels.TryGetProperty(label, out _));
            return (metadata.GetProperty("name").GetString() ?? "", isControlPlane);
        })]);
}
