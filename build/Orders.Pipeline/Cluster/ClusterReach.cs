using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// The app's and Prometheus's URLs for Smoke and LoadTest (Replay uses the Prometheus forward alone): the ones given, else port-forwards to the app's
/// Service (its port read from the rendered manifests) and to the Prometheus chart's server, all stopped on
/// dispose.
/// </summary>
public sealed class ClusterReach : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly List<PortForward> _forwards = [];

    public Uri AppUrl { get; private set; } = null!;

    public Uri PrometheusUrl { get; private set; } = null!;

    public static async Task<ClusterReach> OpenAsync(IProcessRunner runner, ClusterSettings settings, ScaledWorkload workload, CancellationToken cancellationToken)
    {
        var reach = new ClusterReach();
        try
        {
            reach.AppUrl = settings.AppUrl ?? await reach.ForwardAsync(runner, "svc/" + workload.Deployment, workload.ServicePort, settings.Namespace, settings, cancellationToken);
            reach.PrometheusUrl = settings.PrometheusUrl ?? reach.Keep(await ForwardToPrometheusAsync(runner, settings.KubeContext, cancellationToken, settings.Prometheus.Namespace)).Url;
            return reach;
        }
        catch
        {
            await reach.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var forward in _forwards)
        {
            await forward.DisposeAsync();
        }
        _forwards.Clear();
    }

    /// <summary>A port-forward to the Prometheus chart's server (Smoke, LoadTest and Replay without
    /// --prometheus-url); the caller disposes it.</summary>
    public static Task<PortForward> ForwardToPrometheusAsync(IProcessRunner runner, string? kubeContext, CancellationToken cancellationToken, string? @namespace = null) =>
        PortForward.StartAsync(runner, "svc/" + HelmChart.PrometheusServerService, HelmChart.PrometheusServerPort, @namespace ?? HelmChart.Prometheus.Namespace,
            kubeContext, StartTimeout, cancellationToken);

    private PortForward Keep(PortForward forward)
    {
        _forwards.Add(forward);
        return forward;
    }

    private async Task<Uri> ForwardAsync(IProcessRunner runner, string service, int port, string @namespace, ClusterSettings settings, CancellationToken cancellationToken) =>
        Keep(await PortForward.StartAsync(runner, service, port, @namespace, settings.KubeContext, StartTimeout, cancellationToken)).Url;
}
