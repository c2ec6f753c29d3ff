using Orders.K8s.Tests.Rendering;

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
        else if (!PrometheusBinaries.OnPath)
        {
            Skip = PrometheusBinaries.MissingMessage;
        }
    }
}
