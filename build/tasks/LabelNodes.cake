// The Deployment schedules only on nodes labelled role=worker-node. --nodes names them; otherwise every
// node without a control-plane role gets the label. --overwrite makes a second run a no-op.
Task("LabelNodes")
    .Description("kubectl label nodes <node> role=worker-node --overwrite for each --nodes, or for every node without a control-plane role.")
    .IsDependentOn("InstallKeda")
    .Does<BuildContext>(context =>
    {
        var cluster = context.Cluster;
        var nodes = cluster.Nodes.Count > 0 ? cluster.Nodes : WorkerNodes.Read(context, cluster);
        if (nodes.Count == 0)
        {
            throw new CakeException($"Every node has a control-plane role, so none was labelled {ClusterNames.WorkerRoleLabel} and the orders pods could not be scheduled. Name the nodes to use: --{ClusterArguments.Nodes}=<node>[,<node>] (on minikube: --{ClusterArguments.Nodes}=minikube).");
        }
        foreach (var node in nodes)
        {
            context.KubectlLabel(new KubectlLabelSettings { Context = cluster.KubeContext, Overwrite = true, ToolTimeout = TimeSpan.FromMinutes(1) }, "nodes", node, ClusterNames.WorkerRoleLabel);
        }
    });
