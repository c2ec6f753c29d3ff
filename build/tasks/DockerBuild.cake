Task("DockerBuild")
    .Description("Build the app and exporter images, tagged for --registry (Orders.Pipeline docker-build).")
    .IsDependentOn("Preflight")
    .Does<BuildContext>(context => Pipeline.Run(context, "docker-build"));
