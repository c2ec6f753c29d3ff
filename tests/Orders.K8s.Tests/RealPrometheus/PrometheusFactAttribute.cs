namespace Orders.K8s.Tests.RealPrometheus;

/// <summary>A fact that needs kubectl, prometheus and promtool: skipped, with the reason, where one is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PrometheusFactAttribute : FactAttribute
{
    public PrometheusFactAttribute()
    {
        if (!Kubectl.IsOnPath)
        {
            Skip = Kubectl.MissingMessage;
        }
        else if (ExecutableOnPath.Find("prometheus") is null || ExecutableOnPath.Find("promtool") is null)
        {
            Skip = "prometheus and promtool are not on PATH: this test runs a real Prometheus. Install them with " + PrometheusServer.InstallHint + ".";
        }
    }
}
