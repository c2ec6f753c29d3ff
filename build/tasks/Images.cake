Task("Images")
    .Description("Build both images from the Dockerfiles on base-image stand-ins, push and pull them through a registry on 127.0.0.1, run the pod with podman and count N of N orders; report in artifacts/images/.")
    .Does<BuildContext>(context => Pipeline.Run(context, "images"));
