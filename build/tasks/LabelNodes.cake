Task("LabelNodes")
    .Description("Label --nodes, or every node without a control-plane role, for the Deployment's nodeSelector (Orders.Pipeline label-nodes).")
    .IsDependentOn("InstallKeda")
    .Does<BuildContext>(context => Pipeline.Run(context, "label-nodes"));
