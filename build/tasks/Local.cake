// The README's main command: the tool runs the published app and exporter with a real Prometheus.
Task("Local")
    .Description("App + exporter + Prometheus on 127.0.0.1, Smoke checks, a load profile, the KEDA/HPA model for ours and the tutorial's ScaledObject; report in artifacts/local/ (Orders.Pipeline local).")
    .Does<BuildContext>(context =>
    {
        foreach (var project in context.Paths.LocalProjects)
        {
            context.DotNetPublish(project.FullPath, new DotNetPublishSettings { Configuration = "Release", NoLogo = true, ToolTimeout = BuildContext.Minutes(10) });
        }
        Pipeline.Run(context, "local");
    });
