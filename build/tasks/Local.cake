// The README's main command: the whole chain on this machine, no cluster. Publishes the app and the exporter,
// then the tool starts them and a real Prometheus on 127.0.0.1, runs the Smoke checks and the load profile,
// and replays KEDA + HPA for k8s/base's ScaledObject and the tutorial's on the same data (artifacts/local/).
Task("Local")
    .Description("App + exporter + Prometheus on 127.0.0.1, Smoke checks, a short load profile, the KEDA/HPA model for ours and the tutorial's ScaledObject; report in artifacts/local/.")
    .Does<BuildContext>(context =>
    {
        foreach (var project in new[] { "app/Orders.App.csproj", "sidecar/Orders.Exporter.csproj" })
        {
            context.DotNetPublish(context.Paths.Root.CombineWithFilePath(project).FullPath, new DotNetPublishSettings
            {
                Configuration = "Release",
                NoLogo = true,
                ToolTimeout = TimeSpan.FromMinutes(10),
            });
        }
        LoadTestTool.Run(context, "local", context.LoadTest.Local, context.LoadTest.LocalTimeout);
    });
