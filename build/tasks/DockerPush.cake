Task("DockerPush")
    .Description("Push both images; log in first (password on stdin) when REGISTRY_USERNAME/REGISTRY_PASSWORD are set.")
    .IsDependentOn("DockerBuild")
    .Does<BuildContext>(context => Pipeline.Run(context, "docker-push"));
