using Orders.Build.Tests.Infrastructure;

namespace Orders.Build.Tests;

/// <summary>
/// ./build.sh --target=Apply into a stack the cluster already runs, against stub helm/kubectl: an existing
/// Prometheus and KEDA get no `helm upgrade`; a release the pipeline did not install stops the run before any
/// change unless --upgrade-charts; --prometheus=operator applies a PodMonitor, a ServiceMonitor of KEDA's operator and PrometheusRules, no chart.
/// </summary>
[Trait("Category", "Process")]
[Collection(PipelineCollection.Name)]
public sealed class StackModeCommandTests(PipelineWorkspace workspace)
{
    private const string Registry = "registry.example:5000/team";
    private const string ServedCrd = """
        {"metadata":{"name":"scaledobjects.keda.sh","labels":{"app.kubernetes.io/version":"2.20.2"}},
         "spec":{"versions":[{"name":"v1alpha1","served":true,"schema":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}]}}
        """;

    private const string ForeignKeda = """[{"name":"keda","namespace":"keda","revision":"4","status":"deployed","chart":"keda-2.20.2"}]""";
    private const string ForeignHistory = """[{"revision":4,"status":"deployed","chart":"keda-2.20.2","description":"Upgrade complete"}]""";

    private readonly PipelineWorkspace _workspace = workspace;

    [ToolFact("kubectl")]
    public async Task Existing_Prometheus_and_KEDA_run_no_helm_upgrade()
    {
        // Given
        using var crd = _workspace.Stubs.Answer("crd", ServedCrd);

        // When
        var run = await _workspace.RunAsync("--target=Apply", $"--registry={Registry}", "--image-tag=abc1234", "--prometheus=existing", "--keda=existing");

        // Then
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(Lines(), c => c.StartsWith("helm", StringComparison.Ordinal));
        Assert.Contains(Lines(), c => c.StartsWith("kubectl get crd scaledobjects.keda.sh", StringComparison.Ordinal));
        Assert.True(File.Exists(_workspace.Combine("artifacts", "deploy", "prometheus-scrape-job.yaml")), run.ToString());
        Assert.Contains("prometheus-scrape-job.yaml", run.Output);
    }

    [ToolFact("kubectl")]
    public async Task A_release_the_pipeline_did_not_install_stops_the_run_unless_upgrade_charts()
    {
        // Given
        using var list = _workspace.Stubs.Answer("helm-list", ForeignKeda);
        using var history = _workspace.Stubs.Answer("helm-history-keda", ForeignHistory);

        // When
        var stopped = await _workspace.RunAsync("--target=InstallKeda", "--exclusive", $"--registry={Registry}", "--image-tag=abc1234");
        var stoppedCommands = Lines();
        var allowed = await _workspace.RunAsync("--target=InstallKeda", "--exclusive", $"--registry={Registry}", "--image-tag=abc1234", "--upgrade-charts");

        // Then
        Assert.NotEqual(0, stopped.ExitCode);
        Assert.Contains("helm release keda in namespace keda (chart keda-2.20.2) was not installed by this pipeline", stopped.Output);
        Assert.Contains("--upgrade-charts", stopped.Output);
        Assert.DoesNotContain(stoppedCommands, c => c.StartsWith("helm upgrade", StringComparison.Ordinal) || c.StartsWith("helm repo", StringComparison.Ordinal));
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Contains(Lines(), c => c.StartsWith("helm upgrade --install keda kedacore/keda", StringComparison.Ordinal));
    }

    [ToolFact("kubectl")]
    public async Task Operator_mode_applies_a_PodMonitor_and_PrometheusRules_and_no_Prometheus_chart()
    {
        // When
        var run = await _workspace.RunAsync("--target=Apply", $"--registry={Registry}", "--image-tag=abc1234", "--prometheus=operator", "--prometheus-release=kps");

        // Then
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(Lines(), c => c.Contains("prometheus-community", StringComparison.Ordinal));
        var rendered = File.ReadAllText(_workspace.Combine("artifacts", "deploy", "orders.yaml"));
        Assert.Contains("kind: PodMonitor", rendered);
        Assert.Contains("kind: PrometheusRule", rendered);
        Assert.Contains("release: kps", rendered);
        Assert.Contains("kubernetes.io/metadata.name: monitoring", rendered);
        Assert.Contains("serverAddress: http://prometheus-operated.monitoring.svc.cluster.local:9090", rendered);
    }

    [ToolFact("kubectl")]
    public async Task Operator_mode_scrapes_KEDA_in_its_namespace_and_writes_the_kube_state_metrics_config()
    {
        // When
        var run = await _workspace.RunAsync("--target=Apply", $"--registry={Registry}", "--image-tag=abc1234", "--prometheus=operator", "--prometheus-release=kps",
            "--keda-namespace=autoscaling");

        // Then
        Assert.True(run.ExitCode == 0, run.ToString());
        var rendered = File.ReadAllText(_workspace.Combine("artifacts", "deploy", "orders.yaml"));
        var serviceMonitor = rendered.Split("\n---\n").Single(d => d.Contains("kind: ServiceMonitor", StringComparison.Ordinal));
        Assert.Contains("matchNames:\n    - autoscaling", serviceMonitor);
        Assert.Contains("release: kps", serviceMonitor);
        Assert.True(File.Exists(_workspace.Combine("artifacts", "deploy", "kube-state-metrics-scaledobjects.yaml")), run.ToString());
        Assert.Contains("kube-state-metrics-scaledobjects.yaml", run.Output);
    }

    private List<string> Lines() => [.. _workspace.Stubs.Commands().Select(c => string.Join(' ', c))];
}
