namespace Orders.K8s.Tests.ScrapeConfig;

/// <summary>
/// The target Prometheus's kubernetes_sd `role: endpointslice` makes of one endpoint of a Service (no pod
/// behind it), with the `__meta_kubernetes_*` labels the chart's service jobs read
/// (prometheus/discovery/kubernetes/endpointslice.go): its namespace, name, labels and annotations, and the port.
/// </summary>
public static class EndpointSliceDiscovery
{
    private const string Meta = "__meta_kubernetes_";

    public static Dictionary<string, string> Target(string @namespace, string service, IReadOnlyDictionary<string, string> annotations, string ip, int port, string portName,
        IReadOnlyDictionary<string, string>? labels = null)
    {
        var target = new Dictionary<string, string>
        {
            ["__address__"] = $"{ip}:{port}",
            [Meta + "namespace"] = @namespace,
            [Meta + "service_name"] = service,
            [Meta + "endpointslice_name"] = service + "-abcde",
            [Meta + "endpointslice_address_type"] = "IPv4",
            [Meta + "endpointslice_endpoint_conditions_ready"] = "true",
            [Meta + "endpointslice_port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [Meta + "endpointslice_port_name"] = portName,
            [Meta + "endpointslice_port_protocol"] = "TCP",
        };
        foreach (var (key, value) in annotations)
        {
            target[Meta + "service_annotation_" + PodDiscovery.Sanitize(key)] = value;
            target[Meta + "service_annotationpresent_" + PodDiscovery.Sanitize(key)] = "true";
        }

        foreach (var (key, value) in labels ?? new Dictionary<string, string>())
        {
            target[Meta + "service_label_" + PodDiscovery.Sanitize(key)] = value;
            target[Meta + "service_labelpresent_" + PodDiscovery.Sanitize(key)] = "true";
        }

        return target;
    }
}
