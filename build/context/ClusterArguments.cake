// The name of every cluster argument and the environment variable CI sets instead (argument wins), in one
// place: ClusterOptions reads them, the README's settings table lists them, and nothing else spells them.
public static class ClusterArguments
{
    public const string Registry = "registry";
    public const string ImageTag = "image-tag";
    public const string ContainerTool = "container-tool";
    public const string KubeContext = "kube-context";
    public const string Namespace = "namespace";
    public const string Nodes = "nodes";
    public const string AppUrl = "app-url";
    public const string PrometheusUrl = "prometheus-url";
    public const string PrometheusChartVersion = "prometheus-chart-version";
    public const string KedaChartVersion = "keda-chart-version";
    public const string Timeout = "timeout";

    /// <summary>The environment variable read when the argument is absent: --image-tag -> ORDERS_IMAGE_TAG.</summary>
    public static string EnvironmentVariable(string argument) => "ORDERS_" + argument.Replace('-', '_').ToUpperInvariant();

    // Registry credentials come only from the environment (CI secrets): an argument would sit in shell history.
    public const string RegistryUsernameVariable = "REGISTRY_USERNAME";
    public const string RegistryPasswordVariable = "REGISTRY_PASSWORD";
}
