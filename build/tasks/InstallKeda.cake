Task("InstallKeda")
    .Description("helm upgrade --install keda (kedacore/keda, pinned) into namespace keda.")
    .IsDependentOn("InstallPrometheus")
    .Does<BuildContext>(context => Pipeline.Run(context, "install-keda"));
