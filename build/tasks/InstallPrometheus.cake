Task("InstallPrometheus")
    .Description("Install or upgrade the pinned Prometheus chart with k8s/prometheus-values.yaml (Orders.Pipeline install-prometheus).")
    .IsDependentOn("DockerPush")
    .Does<BuildContext>(context => Pipeline.Run(context, "install-prometheus"));
