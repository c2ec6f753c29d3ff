Task("DockerPush")
    .Description("Push both images, logging in first (password on stdin) when registry credentials are set (Orders.Pipeline docker-push).")
    .IsDependentOn("DockerBuild")
    .Does<BuildContext>(context => Pipeline.Run(context, "docker-push"));
