Task("InstallKeda")
    .Description("Install or upgrade the pinned KEDA chart with k8s/keda-values.yaml (Orders.Pipeline install-keda).")
    .IsDependentOn("InstallPrometheus")
    .Does<BuildContext>(context => Pipeline.Run(context, "install-keda"));
