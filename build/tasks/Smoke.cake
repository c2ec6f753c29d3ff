// Proves the deployment works end to end: the app answers, Prometheus scraped its order counter (both checked
// by Orders.Pipeline smoke), KEDA turned the ScaledObject into an HPA (kubectl,
// smoke/ClusterSmokeChecks.cake). Without --app-url/--prometheus-url it reaches the Services through
// port-forwards it starts and always stops.
Task("Smoke")
    .Description("GET / and /product on the app, product_order_total in Prometheus within 60 s, ScaledObject Ready and HPA keda-hpa-orders present.")
    .IsDependentOn("Apply")
    .Does<BuildContext>(context =>
    {
        var cluster = context.Cluster;
        var forwards = new List<PortForward>();
        Uri Reach(Uri given, string @namespace, string service, int port)
        {
            if (given != null)
            {
                return given;
            }
            var forward = context.KubectlPortForward(new KubectlSettings { Namespace = @namespace, Context = cluster.KubeContext }, service, port, TimeSpan.FromSeconds(30));
            forwards.Add(forward);
            return forward.Url;
        }

        try
        {
            var appUrl = Reach(cluster.AppUrl, cluster.Namespace, ClusterNames.Service, ClusterNames.ServicePort);
            var prometheusUrl = Reach(cluster.PrometheusUrl, HelmCharts.Prometheus.Namespace, ClusterNames.PrometheusService, ClusterNames.PrometheusServicePort);
            // The HTTP and Prometheus checks are the tool's (build/Orders.Pipeline/Smoke/), shared with Local.
            LoadTestTool.Run(context, "smoke", new[]
            {
                "--app-url", appUrl.ToString(),
                "--prometheus-url", prometheusUrl.ToString(),
                "--namespace", cluster.Namespace,
                "--timeout", "60s",
            }, context.LoadTest.SmokeTimeout);
            var clusterChecks = new ClusterSmokeChecks(context, cluster);
            clusterChecks.CheckScaledObjectReady();
            clusterChecks.CheckHpaExists();
        }
        finally
        {
            forwards.ForEach(forward => forward.Dispose());
        }
    });
