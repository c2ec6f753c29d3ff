namespace Orders.Pipeline.Images;

/// <summary>What the pod run saw: orders sent and counted, each container's exit code after SIGTERM, and
/// whether it ran with a read-only root (no tmpfs): only then has the run shown it writes nowhere else; and
/// its resources as applied and as its cgroup read after the orders went through.</summary>
public sealed record PodOutcome(
    int OrdersSent,
    double OrdersCounted,
    IReadOnlyDictionary<string, int> ExitCodes,
    IReadOnlyDictionary<string, bool> ReadOnlyRoot,
    IReadOnlyDictionary<string, ContainerLimits> Limits)
{
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (OrdersCounted != OrdersSent)
        {
            problems.Add($"The exporter counted {OrdersCounted} of {OrdersSent} orders: {(OrdersCounted > OrdersSent ? "a double count" : "lines lost")}; see the containers' logs in artifacts/images/pod/.");
        }
        foreach (var (container, code) in ExitCodes.Where(e => e.Value != 0))
        {
            problems.Add($"Container {container} exited {code} after SIGTERM (expected 0): its shutdown is not graceful; see its log in artifacts/images/pod/.");
        }
        foreach (var container in ReadOnlyRoot.Where(r => !r.Value).Select(r => r.Key))
        {
            problems.Add($"Container {container} has no readOnlyRootFilesystem: true in the Deployment, so nothing shows it writes only to its volumes: set it in k8s/base/deployment.yaml.");
        }
        foreach (var (container, limits) in Limits)
        {
            var missing = limits.NotApplied();
            if (missing.Count > 0)
            {
                problems.Add($"Container {container}: limits not applied: {string.Join("; ", missing)}; a kubelet applies them, so this run shows nothing about the container living within them.");
            }
        }
        return problems;
    }
}
