// Both images are built from the repository root (the Dockerfiles COPY the projects they publish) and
// tagged with the one tag every later task uses.
Task("DockerBuild")
    .Description("Build <registry>/orders-app:<tag> and <registry>/orders-exporter:<tag> from app/Dockerfile and sidecar/Dockerfile.")
    .IsDependentOn("Preflight")
    .Does<BuildContext>(context =>
    {
        var cluster = context.Cluster;
        foreach (var (dockerfile, image) in new[] { (context.Paths.AppDockerfile, cluster.AppImage), (context.Paths.ExporterDockerfile, cluster.ExporterImage) })
        {
            if (!context.FileExists(dockerfile))
            {
                throw new CakeException($"{dockerfile.FullPath} does not exist: the image {image} cannot be built. Restore it from git (git checkout -- {context.Paths.Root.GetRelativePath(dockerfile)}).");
            }
            context.DockerBuild(new DockerImageBuildSettings
            {
                Tool = cluster.ContainerTool,
                File = dockerfile.FullPath,
                Tag = new[] { image },
                WorkingDirectory = context.Paths.Root,
                ToolTimeout = cluster.CommandTimeout + TimeSpan.FromMinutes(10), // an image build is no cluster wait: allow more
            }, context.Paths.Root.FullPath);
        }
    });
