// The README's main command: the tool runs the published app and exporter with a real Prometheus.
Task("Local")
    .Description("App + exporter + Prometheus on 127.0.0.1, Smoke checks, a short load profile, the KEDA/HPA model for ours and the tutorial's ScaledObject; report in artifacts/local/.")
    .Does<BuildContext>(context =>
    {
        foreach (var project in new[] { "app/Orders.App.csproj", "sidecar/Orders.Exporter.csproj" })
        {
            context.DotNetPublish(context.Paths.Root.CombineWithFilePath(project).FullPath, new DotNetPublishSettings { Configuration = "Release", NoLogo = true, ToolTimeout = BuildContext.Minutes(10) });
        }
        Pipeline.Run(context, "local");
    });
