Task("Smoke")
    .Description("The app answers, Prometheus has its order counter, the ScaledObject is Ready and KEDA's HPA exists (Orders.Pipeline smoke).")
    .IsDependentOn("Apply")
    .Does<BuildContext>(context => Pipeline.Run(context, "smoke"));
