Task("LabelNodes")
    .Description("kubectl label nodes <node> role=worker-node --overwrite for each --nodes, or for every node without a control-plane role.")
    .IsDependentOn("InstallKeda")
    .Does<BuildContext>(context => Pipeline.Run(context, "label-nodes"));
