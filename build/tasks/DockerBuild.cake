Task("DockerBuild")
    .Description("Build <registry>/orders-app:<tag> and <registry>/orders-exporter:<tag> from app/Dockerfile and sidecar/Dockerfile.")
    .IsDependentOn("Preflight")
    .Does<BuildContext>(context => Pipeline.Run(context, "docker-build"));
