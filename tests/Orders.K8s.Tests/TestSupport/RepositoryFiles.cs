namespace Orders.K8s.Tests.TestSupport;

/// <summary>The files the k8s tests read besides the rendered manifests.</summary>
public static class RepositoryFiles
{
    public static string BaseDirectory => RepositoryRoot.Combine("k8s", "base");

    public static string TutorialDirectory => RepositoryRoot.Combine("k8s", "tutorial");

    /// <summary>k8s/base with the seed's layout (NodePort 30081, nodeSelector role=worker-node).</summary>
    public static string SeedDirectory => RepositoryRoot.Combine("k8s", "seed");

    public static string SeedLayoutComponentDirectory => RepositoryRoot.Combine("k8s", "components", "seed-layout");

    public static string OperatorComponentDirectory => RepositoryRoot.Combine("k8s", "components", "prometheus-operator");

    public static string PrometheusValues => RepositoryRoot.Combine("k8s", "prometheus-values.yaml");

    public static string KedaValues => RepositoryRoot.Combine("k8s", "keda-values.yaml");

    public static string MonitoringDirectory => RepositoryRoot.Combine("k8s", "monitoring");

    /// <summary>The prometheus-community/prometheus chart's values.yaml the tests render against (TestData/README.md),
    /// named by the version the pipeline installs: bumping the pin without the new chart's values fails here.</summary>
    public static string PrometheusChartValues =>
        RepositoryRoot.Combine("tests", "Orders.K8s.Tests", "TestData",
            $"prometheus-chart-{Orders.Pipeline.Cli.PipelineOptions.PrometheusChartVersion.Default}-values.yaml");

    /// <summary>Time-taken percentiles per route, as bench/latency-buckets.sh measured them on this project's machine.</summary>
    public static string MeasuredLatencies =>
        RepositoryRoot.Combine("tests", "Orders.K8s.Tests", "TestData", "measured-latencies.csv");

    /// <summary>KEDA v2.20.2's ScaledObject CRD, vendored beside the tests.</summary>
    public static string ScaledObjectCrd =>
        RepositoryRoot.Combine("tests", "Orders.K8s.Tests", "TestData", "keda.sh_scaledobjects.yaml");

    /// <summary>The Prometheus Operator v0.93.0's PodMonitor CRD, vendored beside the tests.</summary>
    public static string PodMonitorCrd =>
        RepositoryRoot.Combine("tests", "Orders.K8s.Tests", "TestData", "monitoring.coreos.com_podmonitors.yaml");

    /// <summary>The Prometheus Operator v0.93.0's ServiceMonitor CRD, vendored beside the tests.</summary>
    public static string ServiceMonitorCrd =>
        RepositoryRoot.Combine("tests", "Orders.K8s.Tests", "TestData", "monitoring.coreos.com_servicemonitors.yaml");

    /// <summary>The Prometheus Operator v0.93.0's PrometheusRule CRD, vendored beside the tests.</summary>
    public static string PrometheusRuleCrd =>
        RepositoryRoot.Combine("tests", "Orders.K8s.Tests", "TestData", "monitoring.coreos.com_prometheusrules.yaml");
}
