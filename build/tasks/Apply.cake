Task("Apply")
    .Description("Render the manifests with the pushed images into artifacts/deploy/, apply them, wait for the rollout and the ScaledObject (Orders.Pipeline apply).")
    .IsDependentOn("LabelNodes")
    .Does<BuildContext>(context => Pipeline.Run(context, "apply"));
