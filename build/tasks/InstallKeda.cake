// KEDA's chart installs the ScaledObject CRD and the external-metrics API server that its HPAs read.
// k8s/keda-values.yaml is passed when present (the chart's defaults are otherwise fine).
Task("InstallKeda")
    .Description("helm upgrade --install keda (kedacore/keda, pinned) into namespace keda.")
    .IsDependentOn("InstallPrometheus")
    .Does<BuildContext>(context =>
    {
        var cluster = context.Cluster;
        var chart = HelmCharts.Keda;
        context.HelmRepoAdd(new HelmRepoAddSettings { ForceUpdate = true, ToolTimeout = TimeSpan.FromMinutes(2) }, chart.RepositoryName, chart.RepositoryUrl);
        context.HelmUpgrade(new HelmUpgradeSettings
        {
            Install = true,
            Namespace = chart.Namespace,
            CreateNamespace = true,
            Values = context.FileExists(context.Paths.KedaValues) ? new[] { context.Paths.KedaValues.FullPath } : Array.Empty<string>(),
            Version = cluster.KedaChartVersion,
            Wait = true,
            Timeout = cluster.Timeout,
            KubeContext = cluster.KubeContext,
            ToolTimeout = cluster.CommandTimeout,
        }, chart.Release, chart.Chart);
    });
