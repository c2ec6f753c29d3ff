using Orders.Monitoring.Tests.Infrastructure;
using Orders.Pipeline.Load;
using Orders.Pipeline.Monitoring;
using Orders.Pipeline.Prometheus;

namespace Orders.Monitoring.Tests.Dashboard;

/// <summary>Local's latency line reads the latency panel's own expressions, over the hold's seconds, for the load's path.</summary>
public sealed class LatencyPanelCheckTests
{
    private static readonly DashboardDocument Dashboard = DashboardDocument.Load(RuleFiles.Files.Dashboard);

    [Fact]
    public async Task Sends_the_panels_p50_and_p99_with_the_hold_as_rate_window_and_compares_the_loads_path()
    {
        // Given the engine's requests: 100 of 100-109 ms over seconds 10-89, and a slow one outside the hold
        var recorder = new LoadRecorder();
        for (var i = 0; i < 100; i++)
        {
            recorder.Completed(TimeSpan.FromSeconds(10 + i * 0.5), RequestOutcome.Ok, TimeSpan.FromMilliseconds(100 + i % 10));
        }
        recorder.Completed(TimeSpan.FromSeconds(95), RequestOutcome.Ok, TimeSpan.FromSeconds(5));
        var p50 = LatencyPanelCheck.QuantileTarget(Dashboard, 0.5);
        var p99 = LatencyPanelCheck.QuantileTarget(Dashboard, 0.99);
        var variables = new Dictionary<string, string>(DashboardQueryCheck.DefaultBuiltIns) { ["namespace"] = "orders" };
        var expected50 = DashboardDocument.Substitute(p50.Expr, new Dictionary<string, string>(variables) { ["__rate_interval"] = "1m20s" });
        var expected99 = DashboardDocument.Substitute(p99.Expr, new Dictionary<string, string>(variables) { ["__rate_interval"] = "1m20s" });
        var fake = new FakePrometheus(q =>
            q == expected50 ? FakePrometheus.Vector(("\"path\":\"/\"", "0.00002"), ("\"path\":\"/product\"", "0.1043"))
            : q == expected99 ? FakePrometheus.Vector(("\"path\":\"/product\"", "0.1095"))
            : FakePrometheus.Vector());
        using var http = fake.Client();

        // When
        var comparison = await new LatencyPanelCheck(new PrometheusClient(http))
            .CompareAsync(Dashboard, variables, "/product", DateTimeOffset.UnixEpoch, 10, 90, recorder.Latencies(), CancellationToken.None);

        // Then
        Assert.Equal([expected50, expected99], fake.Queries);
        Assert.Contains("[1m20s]", expected50, StringComparison.Ordinal);
        Assert.Equal(104.3, comparison.PanelP50Ms!.Value, 6);
        Assert.Equal(109.5, comparison.PanelP99Ms!.Value, 6);
        Assert.Equal(104, comparison.EngineP50Ms);
        Assert.Equal(109, comparison.EngineP99Ms);
        Assert.True(comparison.Passed, comparison.Line);
    }

    [Fact]
    public async Task A_query_Prometheus_refuses_fails_the_line_instead_of_the_run()
    {
        var recorder = new LoadRecorder();
        recorder.Completed(TimeSpan.FromSeconds(15), RequestOutcome.Ok, TimeSpan.FromMilliseconds(104));
        var fake = new FakePrometheus(_ => """{"status":"error","errorType":"bad_data","error":"parse error"}""");
        using var http = fake.Client();

        var comparison = await new LatencyPanelCheck(new PrometheusClient(http)).CompareAsync(Dashboard,
            new Dictionary<string, string> { ["namespace"] = "orders" }, "/product", DateTimeOffset.UnixEpoch, 10, 90, recorder.Latencies(), CancellationToken.None);

        Assert.False(comparison.Passed);
        Assert.Null(comparison.PanelP50Ms);
        Assert.Contains("the panel's p50 query returned no finite value", comparison.Line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dashboard_without_the_panels_quantile_query_is_an_error_saying_what_to_put_back()
    {
        var dashboard = DashboardDocument.Parse("""{"panels":[{"title":"Latency","targets":[{"refId":"A","expr":"histogram_quantile(0.9, rate(http_request_duration_seconds_bucket[5m]))"}]}]}""");

        var error = Assert.Throws<InvalidDataException>(() => LatencyPanelCheck.QuantileTarget(dashboard, 0.5));

        Assert.StartsWith("The dashboard has no histogram_quantile(0.5, ...) query on http_request_duration_seconds_bucket", error.Message, StringComparison.Ordinal);
    }
}
