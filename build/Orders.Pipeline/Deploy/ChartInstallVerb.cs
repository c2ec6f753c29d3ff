using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// InstallPrometheus and InstallKeda: <c>helm upgrade --install</c> of a pinned chart, which installs on the
/// first run and is a no-op upgrade on later ones, after <see cref="HelmReleaseGuard"/> made sure no release the
/// pipeline did not install is changed. --force-update re-reads the repository's index, so a pinned version
/// published after the repository was first added is found. With --prometheus=existing|operator or
/// --keda=existing nothing is installed (Preflight checked an existing KEDA).
/// </summary>
public sealed class ChartInstallVerb(ClusterSettings settings, IProcessRunner runner, HelmChart chart, TextWriter output)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await SkipAsync(cancellationToken))
        {
            return;
        }
        var args = new List<string> { "upgrade", "--install", chart.Release, chart.Chart, "--namespace", settings.ChartNamespace(chart), "--create-namespace" };
        if (chart.ValuesFile is { } relative)
        {
            var values = settings.UnderRoot(relative);
            if (!File.Exists(values))
            {
                throw new InvalidOperationException($"{values} does not exist: {chart.Chart} would be installed without the values this deployment needs (for Prometheus: a 1-minute scrape interval and no pod scraping the ScaledObject can use; for KEDA: no keda_* metrics for the dashboard and alerts). Restore it from git.");
            }
            args.AddRange(["--values", values]);
            if (chart == HelmChart.Prometheus && await PrometheusNamespaceValues.WriteAsync(settings, values, cancellationToken) is { } namespaces)
            {
                args.AddRange(["--values", namespaces]);
            }
        }
        args.AddRange(["--version", settings.ChartVersion(chart), .. HelmReleaseGuard.MarkArguments, "--wait", "--timeout=" + Cli.DurationGrammar.ToGo(settings.WaitTimeout)]);
        if (settings.KubeContext is { } context)
        {
            args.AddRange(["--kube-context", context]);
        }
        await new HelmReleaseGuard(settings, runner, output).CheckAsync(chart, cancellationToken);
        await runner.RunCheckedAsync(new ToolCall("helm", ["repo", "add", chart.RepositoryName, chart.RepositoryUrl, "--force-update"], TimeSpan.FromMinutes(2)), cancellationToken);
        await runner.RunCheckedAsync(new ToolCall("helm", args, settings.CommandTimeout), cancellationToken);
    }

    private async Task<bool> SkipAsync(CancellationToken cancellationToken)
    {
        if (chart == HelmChart.Keda && settings.Keda == KedaMode.Existing)
        {
            output.WriteLine("--keda=existing: KEDA not installed; the cluster's (checked by Preflight) scales the app.");
            return true;
        }
        if (chart != HelmChart.Prometheus)
        {
            return false;
        }
        switch (settings.Prometheus.Mode)
        {
            case PrometheusMode.Existing:
                var file = await ExistingPrometheus.WriteScrapeJobAsync(settings, cancellationToken);
                var states = await ExistingPrometheus.WriteKubeStateMetricsConfigAsync(settings, cancellationToken);
                output.WriteLine($"--prometheus=existing: Prometheus not installed. Add the exporter's scrape job in {file} to your Prometheus's scrape_configs; "
                    + $"the NetworkPolicy admits namespace {settings.Prometheus.Namespace} and the ScaledObject queries {settings.Prometheus.Address} (--prometheus-namespace, --prometheus-address).");
                output.WriteLine($"Give your kube-state-metrics the ScaledObject conditions in {states} (the alert OrdersScalingOnFallback reads them; the file says how).");
                return true;
            case PrometheusMode.Operator:
                var conditions = await ExistingPrometheus.WriteKubeStateMetricsConfigAsync(settings, cancellationToken);
                output.WriteLine($"--prometheus=operator: kube-state-metrics is your stack's; give it the ScaledObject conditions in {conditions} (the alert OrdersScalingOnFallback reads them; the file says how).");
                output.WriteLine($"--prometheus=operator: Prometheus not installed; Apply adds the PodMonitor and PrometheusRules (k8s/components/prometheus-operator) for the operator's Prometheus in {settings.Prometheus.Namespace}"
                    + (settings.PrometheusRelease is { } release ? $", labelled release={release}." : "; if it selects by label (kube-prometheus-stack: release=<its release>), pass --prometheus-release."));
                return true;
            default:
                return false;
        }
    }
}
