using System.Net;
using System.Text.Json.Nodes;
using Orders.K8s.Tests.RealPrometheus;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.ScrapeConfig;
using Orders.K8s.Tests.TestSupport;

namespace Orders.K8s.Tests;

/// <summary>
/// No pod can stop Prometheus (issue 23, item 1): the chart's default `--web.enable-lifecycle` is gone from what the
/// chart renders with k8s/prometheus-values.yaml, every other flag of the chart stays, and Debian's Prometheus started
/// with those flags answers POST /-/quit with an error and keeps serving. Only the two paths the flags name in the
/// container (--config.file, --storage.tsdb.path) are replaced by a temporary file and folder; a control run with the
/// lifecycle flag added shows that the same request does stop it.
/// </summary>
public sealed class PrometheusLifecycleTests
{
    private const string Lifecycle = "--web.enable-lifecycle";
    private static readonly TimeSpan Ready = TimeSpan.FromSeconds(30);

    [Fact]
    public void The_chart_alone_would_enable_the_lifecycle_api() =>
        Assert.Contains(Lifecycle, ChartServerFlags.Render(PrometheusChart.MergedValues([])));

    [Fact]
    public void Our_values_drop_the_lifecycle_flag_and_keep_every_other_flag_of_the_chart()
    {
        var chart = ChartServerFlags.Render(PrometheusChart.MergedValues([]));

        var ours = OurFlags();

        Assert.DoesNotContain(ours, flag => flag.StartsWith(Lifecycle, StringComparison.Ordinal));
        Assert.Empty(chart.Where(flag => flag != Lifecycle).Except(ours));
    }

    [ToolFact("kubectl", "prometheus", "promtool")]
    [Trait("Category", "Process")]
    public async Task Quit_is_refused_and_Prometheus_keeps_serving_with_the_flags_the_chart_renders()
    {
        await using var prometheus = await StartAsync(OurFlags());
        using var http = new HttpClient { BaseAddress = prometheus.Url, Timeout = TimeSpan.FromSeconds(10) };

        using var quit = await http.PostAsync("-/quit", null);

        Assert.True(quit.StatusCode == HttpStatusCode.Forbidden, $"POST /-/quit answered {(int)quit.StatusCode}: {await quit.Content.ReadAsStringAsync()}");
        using var ready = await http.GetAsync("-/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.False(prometheus.Process.HasExited, prometheus.Output);
    }

    [ToolFact("kubectl", "prometheus", "promtool")]
    [Trait("Category", "Process")]
    public async Task Control_with_the_lifecycle_flag_the_same_request_stops_it()
    {
        await using var prometheus = await StartAsync([.. OurFlags().Where(flag => flag != Lifecycle), Lifecycle]);
        using var http = new HttpClient { BaseAddress = prometheus.Url, Timeout = TimeSpan.FromSeconds(10) };

        using var quit = await http.PostAsync("-/quit", null);

        Assert.Equal(HttpStatusCode.OK, quit.StatusCode);
        await prometheus.Process.WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    private static IReadOnlyList<string> OurFlags() =>
        ChartServerFlags.Render(PrometheusChart.MergedValues((JsonObject)YamlToJson.ConvertAll(File.ReadAllText(RepositoryFiles.PrometheusValues)).Single()!));

    /// <summary>PrometheusServer sets --config.file and --storage.tsdb.path to its own temporary ones; every other flag is the chart's.</summary>
    private static Task<PrometheusServer> StartAsync(IEnumerable<string> chartFlags) =>
        PrometheusServer.StartAsync("global: {}\n", Ready, new PrometheusOptions
        {
            ExtraArguments = chartFlags
                .Where(flag => !flag.StartsWith(ChartServerFlags.ConfigFile, StringComparison.Ordinal) && !flag.StartsWith(ChartServerFlags.StoragePath, StringComparison.Ordinal))
                .ToList(),
        });
}
