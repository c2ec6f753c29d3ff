// Renders k8s/base through a generated overlay (image references, namespace), applies the rendered file
// (kept in artifacts/deploy/ to show exactly what was applied), then waits for the rollout and for KEDA to
// accept the ScaledObject. kubectl apply is declarative, so a second run changes nothing.
Task("Apply")
    .Description("Render k8s/base with the pushed images into artifacts/deploy/, kubectl apply it, wait for the rollout and the ScaledObject's Ready condition.")
    .IsDependentOn("LabelNodes")
    .Does<BuildContext>(context =>
    {
        var cluster = context.Cluster;
        var paths = context.Paths;
        if (!context.DirectoryExists(paths.KubernetesBase))
        {
            throw new CakeException($"{paths.KubernetesBase.FullPath} does not exist: nothing to apply. Restore it from git.");
        }
        context.EnsureDirectoryExists(paths.Deploy);
        System.IO.File.WriteAllText(paths.Deploy.CombineWithFilePath("kustomization.yaml").FullPath, KustomizationOverlay.Render(paths.Deploy, paths.KubernetesBase, cluster));

        var rendered = context.KubectlKustomize(new KubectlSettings { ToolTimeout = TimeSpan.FromMinutes(1) }, paths.Deploy);
        var manifests = paths.Deploy.CombineWithFilePath("orders.yaml");
        System.IO.File.WriteAllText(manifests.FullPath, rendered + "\n");
        context.Information($"Rendered {manifests.FullPath}");

        context.KubectlApply(new KubectlApplySettings { Filename = manifests.FullPath, Context = cluster.KubeContext, ToolTimeout = TimeSpan.FromMinutes(2) });
        context.KubectlRolloutStatus(new KubectlRolloutStatusSettings
        {
            Namespace = cluster.Namespace,
            Context = cluster.KubeContext,
            Timeout = cluster.Timeout,
            ToolTimeout = cluster.CommandTimeout,
        }, ClusterNames.Deployment);
        context.KubectlWait(new KubectlWaitSettings
        {
            Namespace = cluster.Namespace,
            Context = cluster.KubeContext,
            For = "condition=Ready",
            Timeout = cluster.Timeout,
            ToolTimeout = cluster.CommandTimeout,
        }, ClusterNames.ScaledObject);
    });
