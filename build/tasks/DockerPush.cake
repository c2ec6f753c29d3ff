// Pushes both images. Logs in first only when REGISTRY_USERNAME and REGISTRY_PASSWORD are set (a local
// registry needs none); the password goes on stdin and is never an argument, so it is in no output.
Task("DockerPush")
    .Description("Push both images; log in first (password on stdin) when REGISTRY_USERNAME/REGISTRY_PASSWORD are set.")
    .IsDependentOn("DockerBuild")
    .Does<BuildContext>(context =>
    {
        var cluster = context.Cluster;
        if (cluster.HasRegistryCredentials)
        {
            context.DockerLogin(new DockerRegistryLoginSettings
            {
                Tool = cluster.ContainerTool,
                Username = cluster.RegistryUsername,
                Password = cluster.RegistryPassword,
                ToolTimeout = TimeSpan.FromMinutes(2),
            }, cluster.RegistryHost);
        }
        else
        {
            context.Information($"No {ClusterArguments.RegistryUsernameVariable}/{ClusterArguments.RegistryPasswordVariable}: pushing without logging in.");
        }

        foreach (var image in new[] { cluster.AppImage, cluster.ExporterImage })
        {
            context.DockerPush(new DockerImagePushSettings { Tool = cluster.ContainerTool, ToolTimeout = cluster.CommandTimeout + TimeSpan.FromMinutes(10) }, image);
        }
    });
