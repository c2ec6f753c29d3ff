// Names of what k8s/base creates and what the charts create, as the pipeline's checks refer to them.
public static class ClusterNames
{
    public const string AppImage = "orders-app";            // image name in k8s/base, replaced by Apply (Kustomize images:)
    public const string ExporterImage = "orders-exporter";  // likewise
    public const string Deployment = "deployment/orders";
    public const string Service = "svc/orders";
    public const int ServicePort = 8181;                   // the Service's port in k8s/base (targetPort http)
    public const string ScaledObject = "scaledobject/orders";
    public const string ScaledObjectName = "orders";
    public const string Hpa = "keda-hpa-orders";             // KEDA names its HPA keda-hpa-<scaledobject>
    public const string PrometheusService = "svc/prometheus-server";
    public const int PrometheusServicePort = 80;
    public const string WorkerRoleLabel = "role=worker-node"; // the Deployment's nodeSelector
}
