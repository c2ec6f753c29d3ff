namespace Orders.Pipeline.Deploy;

/// <summary>
/// Where the app runs in the cluster. <see cref="Seed"/> is the seed's layout (the tutorial's): the component
/// k8s/components/seed-layout on top of the portable base, so the app is on every node's port 30081 and its pods
/// only on nodes LabelNodes labelled role=worker-node. <see cref="Portable"/> is k8s/base alone (ClusterIP, any
/// node), for shared clusters where node labels are not ours to set.
/// </summary>
public enum DeployLayout
{
    Seed,
    Portable,
}
