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
            reach.PrometheusUrl = settings.PrometheusUrl ?? await reach.ForwardToPrometheusAsync(runner, settings, cancellationToken);
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
    public static Task<PortForward> ForwardToPrometheusAsync(IProcessRunner runner, string? kubeContext, CancellationToken cancellationToken) =>
        PortForward.StartAsync(runner, "svc/" + HelmChart.PrometheusServerService, HelmChart.PrometheusServerPort, HelmChart.Prometheus.Namespace,
            kubeContext, StartTimeout, cancellationToken);

    // The Prometheus the ScaledObject asks (--prometheus, --prometheus-namespace, --prometheus-address), when its
    // address names a cluster Service; any other address is reachable only through --prometheus-url.
    private Task<Uri> ForwardToPrometheusAsync(IProcessRunner runner, ClusterSettings settings, CancellationToken cancellationToken) =>
        settings.Prometheus.InClusterService() is { } service
            ? ForwardAsync(runner, "svc/" + service.Service, service.Port, service.Namespace, settings, cancellationToken)
            : throw new InvalidOperationException(
                $"Prometheus's address {settings.Prometheus.Address} is not a cluster Service (http://<service>.<namespace>.svc:<port>), so it cannot be port-forwarded: pass --{Cli.PipelineOptions.PrometheusUrl.Name}=<the URL this machine reaches it at>.");

    private PortForward Keep(PortForward forward)
    {
        _forwards.Add(forward);
        return forward;
    }

    private async Task<Uri> ForwardAsync(IProcessRunner runner, string service, int port, string @namespace, ClusterSettings settings, CancellationToken cancellationToken) =>
        Keep(await PortForward.StartAsync(runner, service, port, @namespace, settings.KubeContext, StartTimeout, cancellationToken)).Url;
}
