Task("Replay")
    .Description("Replay ScaledObjects on a Prometheus's recorded data over every HPA timing (Orders.Pipeline replay); report in artifacts/replay/.")
    .Does<BuildContext>(context => Pipeline.Run(context, "replay"));
