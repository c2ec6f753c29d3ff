Task("InstallKeda")
    .Description("Install or upgrade the pinned KEDA chart (Orders.Pipeline install-keda).")
    .IsDependentOn("InstallPrometheus")
    .Does<BuildContext>(context => Pipeline.Run(context, "install-keda"));
