Task("Preflight")
    .Description("Check the tools are on PATH, --registry is given and the cluster answers with a recent enough Kubernetes; name everything missing at once (Orders.Pipeline preflight).")
    .Does<BuildContext>(context => Pipeline.Run(context, "preflight"));
