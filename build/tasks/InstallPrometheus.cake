Task("InstallPrometheus")
    .Description("helm upgrade --install prometheus (prometheus-community/prometheus, pinned) into namespace prometheus with k8s/prometheus-values.yaml.")
    .IsDependentOn("DockerPush")
    .Does<BuildContext>(context => Pipeline.Run(context, "install-prometheus"));
