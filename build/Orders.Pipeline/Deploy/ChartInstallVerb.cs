using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// InstallPrometheus and InstallKeda: <c>helm upgrade --install</c> of a pinned chart, which installs on the
/// first run and is a no-op upgrade on later ones. --force-update re-reads the repository's index, so a
/// pinned version published after the repository was first added is found.
/// </summary>
public sealed class ChartInstallVerb(ClusterSettings settings, IProcessRunner runner, HelmChart chart)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var args = new List<string> { "upgrade", "--install", chart.Release, chart.Chart, "--namespace", settings.ChartNamespace(chart), "--create-namespace" };
        if (chart.ValuesFile is { } relative)
        {
            var values = settings.UnderRoot(relative);
            if (!File.Exists(values))
            {
                throw new InvalidOperationException($"{values} does not exist: {chart.Chart} would be installed without the values this deployment needs (for Prometheus: a 1-minute scrape interval and no pod scraping the ScaledObject can use; for KEDA: no keda_* metrics for the dashboard and alerts). Restore it from git.");
            }
            args.AddRange(["--values", values]);
        }
        args.AddRange(["--version", settings.ChartVersion(chart), "--wait", "--timeout=" + Cli.DurationGrammar.ToGo(settings.WaitTimeout)]);
        if (settings.KubeContext is { } context)
        {
            args.AddRange(["--kube-context", context]);
        }
        await runner.RunCheckedAsync(new ToolCall("helm", ["repo", "add", chart.RepositoryName, chart.RepositoryUrl, "--force-update"], TimeSpan.FromMinutes(2)), cancellationToken);
        await runner.RunCheckedAsync(new ToolCall("helm", args, settings.CommandTimeout), cancellationToken);
    }
}
