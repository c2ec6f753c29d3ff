using Orders.Pipeline.Cli;

namespace Orders.Pipeline.Deploy;

/// <summary>A chart the pipeline installs: where it comes from, the release it becomes, its namespace, the
/// values file passed to it (relative to the repository root; null for the chart's defaults) and the option that
/// pins its version.</summary>
public sealed record HelmChart(
    string RepositoryName, string RepositoryUrl, string ChartName, string Release, string Namespace, string? ValuesFile, OptionDefinition VersionOption)
{
    public string Chart => RepositoryName + "/" + ChartName;

    /// <summary>prometheus-community/prometheus (Prometheus v3). Release "prometheus" in namespace
    /// "prometheus" yields the Service prometheus-server.prometheus:80 that the ScaledObject's serverAddress
    /// names (a test checks the two agree).</summary>
    public static readonly HelmChart Prometheus = new(
        "prometheus-community", "https://prometheus-community.github.io/helm-charts", "prometheus", "prometheus", PrometheusNamespace, "k8s/prometheus-values.yaml",
        PipelineOptions.PrometheusChartVersion);

    /// <summary>kedacore/keda installs the ScaledObject CRD and the external-metrics API server its HPAs read.
    /// k8s/keda-values.yaml turns on the operator's Prometheus metrics (the chart's default is off), which the
    /// Prometheus chart's dedicated keda-operator job scrapes through its Service (k8s/prometheus-values.yaml; the
    /// generic annotation jobs drop it, as they honour no labels): the dashboard's and the alerts' keda_* series.</summary>
    public static readonly HelmChart Keda = new("kedacore", "https://kedacore.github.io/charts", "keda", "keda", KedaNamespace, "k8s/keda-values.yaml", PipelineOptions.KedaChartVersion);

    /// <summary>Where the pipeline installs the Prometheus chart unless --prometheus-namespace says otherwise; a
    /// constant so that option's help can name it without starting this type's initialisation (which reads the
    /// options' version definitions).</summary>
    public const string PrometheusNamespace = "prometheus";

    /// <summary>Where the pipeline installs the KEDA chart unless --keda-namespace says otherwise (a constant for
    /// the same reason as <see cref="PrometheusNamespace"/>).</summary>
    public const string KedaNamespace = "keda";

    /// <summary>The chart's server Service (its fullname for release "prometheus") and the chart's default port.</summary>
    public const string PrometheusServerService = "prometheus-server";
    public const int PrometheusServerPort = 80;

    public static IReadOnlyList<HelmChart> All { get; } = [Prometheus, Keda];
}
