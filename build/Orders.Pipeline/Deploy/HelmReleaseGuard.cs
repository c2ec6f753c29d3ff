using System.Text.Json;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// Never changes a release the pipeline did not install. Before <c>helm upgrade --install</c>, every release of the
/// same chart anywhere in the cluster, and any release under the pipeline's release name and namespace, is looked
/// up: it must be the pipeline's own (its last deployed revision carries <see cref="Marker"/> as its description,
/// which <c>helm upgrade --description</c> sets and any later upgrade by someone else replaces) and at the pinned
/// chart version. Otherwise the run stops before any change, naming the release, unless --upgrade-charts. The
/// description is the marker because every helm 3 keeps it per revision (<c>helm history</c>), it needs no change
/// to the chart's values (which a chart's values schema may refuse), and a foreign upgrade erases it.
/// </summary>
public sealed class HelmReleaseGuard(ClusterSettings settings, IProcessRunner runner, TextWriter output)
{
    public const string Marker = "installed by Orders.Pipeline";

    public async Task CheckAsync(HelmChart chart, CancellationToken cancellationToken)
    {
        var list = await runner.RunCheckedAsync(Helm(["list", "--all-namespaces", "--all", "--output", "json"]), cancellationToken,
            "Check that helm reaches the cluster: `helm list -A`.");
        var @namespace = settings.ChartNamespace(chart);
        var pin = settings.ChartVersion(chart);
        var problems = new List<string>();
        foreach (var release in HelmRelease.ParseList(list.StandardOutput, "helm list -A -o json")
            .Where(r => r.ChartName == chart.ChartName || (r.Name == chart.Release && r.Namespace == @namespace)))
        {
            var ours = release.Name == chart.Release && release.Namespace == @namespace && await IsOursAsync(release, cancellationToken);
            if (!ours)
            {
                problems.Add($"{release} was not installed by this pipeline");
            }
            else if (release.ChartVersion != pin)
            {
                problems.Add($"{release} is at chart version {release.ChartVersion}, not the pinned {pin}");
            }
        }
        if (problems.Count == 0)
        {
            return;
        }
        var use = chart == HelmChart.Keda ? "--keda=existing" : "--prometheus=existing (or --prometheus=operator)";
        if (settings.UpgradeCharts)
        {
            output.WriteLine($"--upgrade-charts: installing {chart.Chart} {pin} as release {chart.Release} in {@namespace} although " + string.Join("; ", problems) + ".");
            return;
        }
        throw new InvalidOperationException(
            string.Join("; ", problems) + $". Deploy changes no release it did not install, so nothing was changed. Use that one as it is with {use}, "
            + $"or pass --{Cli.PipelineOptions.UpgradeCharts.Name} to let Deploy install or upgrade {chart.Chart} {pin} as release {chart.Release} in namespace {@namespace}.");
    }

    /// <summary>The arguments that mark an install or upgrade as the pipeline's.</summary>
    public static IReadOnlyList<string> MarkArguments => ["--description", Marker];

    private async Task<bool> IsOursAsync(HelmRelease release, CancellationToken cancellationToken)
    {
        var history = await runner.RunCheckedAsync(Helm(["history", release.Name, "--namespace", release.Namespace, "--output", "json"]), cancellationToken,
            $"Check the release by hand: `helm history {release.Name} -n {release.Namespace}`.");
        using var document = JsonDocument.Parse(history.StandardOutput);
        var deployed = document.RootElement.EnumerateArray()
            .Where(r => r.TryGetProperty("status", out var status) && status.GetString() == "deployed")
            .Select(r => r.TryGetProperty("description", out var d) ? d.GetString() : null)
            .LastOrDefault();
        return deployed == Marker;
    }

    private ToolCall Helm(IReadOnlyList<string> arguments) =>
        new("helm", settings.KubeContext is { } context ? [.. arguments, "--kube-context", context] : arguments, TimeSpan.FromMinutes(1)) { CaptureOutput = true };
}
