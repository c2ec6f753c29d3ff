namespace Orders.Pipeline.Deploy;

/// <summary>
/// Which Prometheus the deployment uses. <see cref="Install"/>: the pinned prometheus-community chart, installed
/// by the pipeline (the seed's flow). <see cref="Existing"/>: one the cluster already runs; nothing is installed and
/// the exporter's scrape job is written for its owner to add. <see cref="Operator"/>: one run by the Prometheus
/// Operator; the PodMonitor and PrometheusRules of k8s/components/prometheus-operator are applied instead.
/// </summary>
public enum PrometheusMode
{
    Install,
    Existing,
    Operator,
}
