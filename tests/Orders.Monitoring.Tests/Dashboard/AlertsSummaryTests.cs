using Orders.Monitoring.Tests.Infrastructure;
using Orders.Pipeline.Monitoring;
using Orders.Pipeline.Prometheus;

namespace Orders.Monitoring.Tests.Dashboard;

public sealed class AlertsSummaryTests
{
    private const string TwoRules = """{"status":"success","data":{"groups":[{"rules":[{"name":"A"},{"name":"B"}]}]}}""";

    [Fact]
    public async Task Names_the_alerts_that_fired_and_those_only_pending_over_the_run()
    {
        var fake = new FakePrometheus(q =>
            q.Contains("api/v1/rules", StringComparison.Ordinal) ? TwoRules
            : q.Contains("firing", StringComparison.Ordinal) && q.Contains("[90s]", StringComparison.Ordinal) ? FakePrometheus.Vector(("\"alertname\":\"OrdersExporterDown\"", "1"))
            : q.Contains("pending", StringComparison.Ordinal) ? FakePrometheus.Vector(("\"alertname\":\"OrdersExporterDown\"", "1"), ("\"alertname\":\"OrdersAtMaxReplicas\"", "1"))
            : FakePrometheus.Vector());
        using var http = fake.Client();

        var line = await new AlertsSummary(new PrometheusClient(http)).LineAsync(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(90), CancellationToken.None);

        Assert.Equal("alerts: fired: OrdersExporterDown; pending, not long enough to fire: OrdersAtMaxReplicas (2 alerting rules loaded)", line);
    }

    [Fact]
    public async Task Says_so_when_Prometheus_has_no_alerting_rules_rather_than_none_fired()
    {
        var fake = new FakePrometheus(q => q.Contains("api/v1/rules", StringComparison.Ordinal)
            ? """{"status":"success","data":{"groups":[]}}""" : FakePrometheus.Vector());
        using var http = fake.Client();

        var line = await new AlertsSummary(new PrometheusClient(http)).LineAsync(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddSeconds(90), CancellationToken.None);

        Assert.StartsWith("alerts: no alerting rules loaded", line, StringComparison.Ordinal);
    }
}
