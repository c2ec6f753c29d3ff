// The two charts and their pinned versions, in one place (override with --prometheus-chart-version and
// --keda-chart-version). Release "prometheus" in namespace "prometheus" yields the Service
// prometheus-server.prometheus:80 that the ScaledObject's serverAddress names.
public static class HelmCharts
{
    // prometheus-community/prometheus 29.48.0 (Prometheus v3): the newest release found when pinned.
    public static readonly HelmChart Prometheus = new HelmChart(
        "prometheus-community", "https://prometheus-community.github.io/helm-charts", "prometheus",
        release: "prometheus", @namespace: "prometheus", pinnedVersion: "29.48.0");

    // kedacore/keda 2.20.2 installs KEDA 2.20.2, the version whose ScaledObject CRD the manifests are validated against.
    public static readonly HelmChart Keda = new HelmChart(
        "kedacore", "https://kedacore.github.io/charts", "keda",
        release: "keda", @namespace: "keda", pinnedVersion: "2.20.2");
}
