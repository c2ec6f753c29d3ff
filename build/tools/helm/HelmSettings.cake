// What every helm call that talks to the cluster shares (helm's own flag names: --namespace, --kube-context).
public class HelmSettings : ToolSettings
{
    public string Namespace { get; set; }

    public string KubeContext { get; set; }
}
