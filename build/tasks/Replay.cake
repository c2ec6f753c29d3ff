// KEDA + HPA replayed over every HPA timing on data a Prometheus already holds (docs/replay.md), by the tool's
// `replay` verb. Without --prometheus-url it port-forwards to the cluster's Prometheus, as Smoke does.
Task("Replay")
    .Description("Replay ScaledObjects (default k8s/base,k8s/tutorial) on a Prometheus's recorded data: ranges over HPA timings, warnings; report in artifacts/replay/.")
    .Does<BuildContext>(context =>
    {
        var cluster = context.Cluster;
        var forward = cluster.PrometheusUrl == null
            ? context.KubectlPortForward(new KubectlSettings { Namespace = HelmCharts.Prometheus.Namespace, Context = cluster.KubeContext }, ClusterNames.PrometheusService, ClusterNames.PrometheusServicePort, TimeSpan.FromSeconds(30))
            : null;
        try
        {
            var options = new List<string> { "--prometheus-url", (cluster.PrometheusUrl ?? forward.Url).ToString(), "--namespace", cluster.Namespace };
            foreach (var name in new[] { "start", "end", "step", "scaledobject", "load-start", "load-end" })
            {
                options.AddRange(context.HasArgument(name) ? new[] { "--" + name, context.Argument<string>(name) } : new string[0]);
            }
            LoadTestTool.Run(context, "replay", options, TimeSpan.FromMinutes(15));
        }
        finally
        {
            forward?.Dispose();
        }
    });
