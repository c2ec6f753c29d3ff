// Cluster mode: the profile against the deployed app (port-forwards unless --app-url/--prometheus-url are
// given), the Deployment, HPA and ScaledObject sampled every 5 s, and the ready replicas judged against the
// KEDA/HPA model: the expected peak in time, and back to min in time. build.cake chains it after Deploy.
var loadTestTask = Task("LoadTest")
    .Description("Load the deployed app, sample replicas every 5 s, pass when they follow the KEDA/HPA model; report in artifacts/cluster/.")
    .Does<BuildContext>(context =>
    {
        LoadTestTool.Run(context, "cluster", context.LoadTest.Cluster, context.LoadTest.ClusterTimeout);
    });
