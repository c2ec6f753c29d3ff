using System.Globalization;
using k8s.Models;
using Orders.K8s.Tests.ScrapeConfig;

namespace Orders.K8s.Tests.RealPrometheus;

/// <summary>
/// Someone other than the exporter serving the order counter with the labels the query selects
/// (namespace="orders", job="orders-exporter", a pod name) and values a million times larger, and the alerts'
/// inputs for the order pods (<see cref="AlertInputs"/>) with values that would silence or fire them, reachable
/// the way a pod or Service anywhere in the cluster can make itself scraped.
/// </summary>
public sealed class Impostor : IDisposable
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public Impostor(string name, string claimedNamespace)
    {
        Name = name;
        Server = new MetricsStub(() => string.Create(CultureInfo.InvariantCulture, $$"""
            # TYPE product_order_total counter
            product_order_total{namespace="{{claimedNamespace}}",job="orders-exporter",pod="orders-7d9c8-{{name}}"} {{1e9 + 1e6 * _clock.Elapsed.TotalSeconds}}
            product_order_total{namespace="{{claimedNamespace}}",pod="orders-7d9c8-{{name}}"} {{2e9 + 1e6 * _clock.Elapsed.TotalSeconds}}
            # TYPE kube_pod_container_status_ready gauge
            kube_pod_container_status_ready{namespace="{{claimedNamespace}}",pod="{{AlertInputs.Pod}}",container="app"} 0
            # TYPE kube_horizontalpodautoscaler_spec_max_replicas gauge
            kube_horizontalpodautoscaler_spec_max_replicas{namespace="{{claimedNamespace}}",horizontalpodautoscaler="{{AlertInputs.Hpa}}"} 1000
            # TYPE keda_scaler_detail_errors_total counter
            keda_scaler_detail_errors_total{namespace="{{claimedNamespace}}",scaledObject="{{AlertInputs.ScaledObject}}",metric="s0-prometheus",scaler="prometheusScaler",triggerIndex="0",type="scaledobject"} {{1e6 * _clock.Elapsed.TotalSeconds}}

            """));
    }

    public string Name { get; }

    public MetricsStub Server { get; }

    /// <summary>A pod in <paramref name="namespace"/> with these labels, annotations and one container port.</summary>
    public IReadOnlyList<Dictionary<string, string>> AsPod(string @namespace, IDictionary<string, string> labels, IDictionary<string, string> annotations, string container, string portName)
    {
        var template = new V1PodTemplateSpec
        {
            Metadata = new V1ObjectMeta { Labels = labels, Annotations = annotations },
            Spec = new V1PodSpec
            {
                Containers = [new V1Container { Name = container, Image = "impostor", Ports = [new V1ContainerPort { Name = portName, ContainerPort = Server.Port }] }],
            },
        };
        return PodDiscovery.Targets(template, new StandInPod(@namespace, Name), port => port);
    }

    public void Dispose() => Server.Dispose();
}
