// helm upgrade --install is idempotent: the first run installs, later runs upgrade to the same pinned
// version and values (a no-op when nothing changed).
Task("InstallPrometheus")
    .Description("helm upgrade --install prometheus (prometheus-community/prometheus, pinned) into namespace prometheus with k8s/prometheus-values.yaml.")
    .IsDependentOn("DockerPush")
    .Does<BuildContext>(context =>
    {
        var cluster = context.Cluster;
        var chart = HelmCharts.Prometheus;
        if (!context.FileExists(context.Paths.PrometheusValues))
        {
            throw new CakeException($"{context.Paths.PrometheusValues.FullPath} does not exist: Prometheus would be installed with a 1-minute scrape interval and no pod scraping the ScaledObject can use. Restore it from git.");
        }
        context.HelmRepoAdd(new HelmRepoAddSettings { ForceUpdate = true, ToolTimeout = TimeSpan.FromMinutes(2) }, chart.RepositoryName, chart.RepositoryUrl);
        context.HelmUpgrade(new HelmUpgradeSettings
        {
            Install = true,
            Namespace = chart.Namespace,
            CreateNamespace = true,
            Values = new[] { context.Paths.PrometheusValues.FullPath },
            Version = cluster.PrometheusChartVersion,
            Wait = true,
            Timeout = cluster.Timeout,
            KubeContext = cluster.KubeContext,
            ToolTimeout = cluster.CommandTimeout,
        }, chart.Release, chart.Chart);
    });
