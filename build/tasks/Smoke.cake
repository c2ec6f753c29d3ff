Task("Smoke")
    .Description("GET / and /product on the app, product_order_total in Prometheus within 60 s, ScaledObject Ready and KEDA's HPA present (port-forwards unless --app-url/--prometheus-url).")
    .IsDependentOn("Apply")
    .Does<BuildContext>(context => Pipeline.Run(context, "smoke"));
