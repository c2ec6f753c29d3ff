using Orders.Pipeline.Deploy;
using Orders.Pipeline.Processes;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// The app's and Prometheus's URLs for Smoke and LoadTest: the ones given, else port-forwards to the app's
/// Service (its port read from the rendered manifests) and to the Prometheus chart's server, all stopped on
/// dispose.
/// </summary>
public sealed class ClusterReach : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly List<PortForward> _forwards = [];

    public Uri AppUrl { get; private set; } = null!;

    public Uri PrometheusUrl { get; private set; } = null!;

    public static async Task<ClusterReach> OpenAsync(IProcessRunner runner, ClusterSettings settings, RenderedManifests manifests, CancellationToken cancellationToken)
    {
        var reach = new ClusterReach();
        try
        {
            reach.AppUrl = settings.AppUrl ?? await reach.ForwardAsync(runner, "svc/" + manifests.Deployment, manifests.ServicePort, settings.Namespace, settings, cancellationToken);
            reach.PrometheusUrl = settings.PrometheusUrl ?? await reach.ForwardAsync(runner, "svc/" + HelmChart.PrometheusServerService,
                HelmChart.PrometheusServerPort, HelmChart.Prometheus.Namespace, settings, cancellationToken);
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

    private async Task<Uri> ForwardAsync(IProcessRunner runner, string service, int port, string @namespace, ClusterSettings settings, CancellationToken cancellationToken)
    {
        var forward = await PortForward.StartAsync(runner, service, port, @namespace, settings.KubeContext, StartTimeout, cancellationToken);
        _forwards.Add(forward);
        return forward.Url;
    }
}
