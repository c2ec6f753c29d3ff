Task("Apply")
    .Description("Render k8s/base with the pushed images into artifacts/deploy/, kubectl apply it, wait for the rollout and the ScaledObject's Ready condition.")
    .IsDependentOn("LabelNodes")
    .Does<BuildContext>(context => Pipeline.Run(context, "apply"));
