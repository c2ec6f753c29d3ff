Task("Preflight")
    .Description("Check the container tool, helm and kubectl are on PATH, --registry is given and the cluster answers (Kubernetes 1.30+); name everything missing at once.")
    .Does<BuildContext>(context => Pipeline.Run(context, "preflight"));
