Task("Smoke")
    .Description("GET / and /product on the app, product_order_total in Prometheus within 60 s, ScaledObject Ready and KEDA's HPA present (reached through kubectl unless --app-url/--prometheus-url are given).")
    .IsDependentOn("Apply")
    .Does<BuildContext>(context => Pipeline.Run(context, "smoke"));
