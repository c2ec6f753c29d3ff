using Orders.Monitoring.Tests.Infrastructure;
using Orders.Pipeline.Monitoring;
using Orders.Pipeline.Prometheus;

namespace Orders.Monitoring.Tests.Dashboard;

public sealed class DashboardQueryCheckTests
{
    private const string Json = """
        {"templating":{"list":[
          {"name":"datasource","type":"datasource","query":"prometheus"},
          {"name":"namespace","type":"query","query":"label_values(product_order_total, namespace)"}]},
         "panels":[
          {"title":"Orders","datasource":{"uid":"${datasource}"},"fieldConfig":{"defaults":{"unit":"ops"}},"targets":[
            {"refId":"A","expr":"sum(rate(product_order_total{namespace=\"$namespace\"}[$__rate_interval]))"}]},
          {"title":"Latency","targets":[{"refId":"A","expr":"histogram_quantile(0.99, x{namespace=\"$namespace\"})"}]},
          {"title":"Replicas","targets":[{"refId":"A","expr":"kube_horizontalpodautoscaler_status_current_replicas"}]}]}
        """;

    [Fact]
    public async Task Substitutes_the_first_listed_value_and_counts_queries_with_finite_data()
    {
        var fake = new FakePrometheus(q => q switch
        {
            "group by (namespace) (product_order_total)" => FakePrometheus.Vector(("\"namespace\":\"shop\"", "1"), ("\"namespace\":\"orders\"", "1")),
            "sum(rate(product_order_total{namespace=\"orders\"}[1m]))" => FakePrometheus.Vector(("", "4.5")),
            _ => FakePrometheus.Vector(("", "NaN")),
        });
        using var http = fake.Client();

        var result = await new DashboardQueryCheck(new PrometheusClient(http))
            .RunAsync(DashboardDocument.Parse(Json), DateTimeOffset.UnixEpoch, DashboardQueryScope.WithoutCluster, CancellationToken.None);

        Assert.Equal("orders", result.Variables["namespace"]); // sorted, as the dashboard's variables are
        Assert.Equal(2, result.Checked);
        Assert.Equal(1, result.LeftOut);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("Latency", failure.Panel);
        Assert.Equal("only NaN or infinite values", failure.Reason);
        Assert.StartsWith("dashboard queries: 1 of 2 returned data (1 more read KEDA or kube-state-metrics series", result.Line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_result_or_a_query_error_is_a_failure_naming_the_panel()
    {
        var fake = new FakePrometheus(q => q.StartsWith("group by", StringComparison.Ordinal)
            ? FakePrometheus.Vector()
            : q.StartsWith("histogram", StringComparison.Ordinal)
                ? """{"status":"error","errorType":"bad_data","error":"parse error"}"""
                : FakePrometheus.Vector());
        using var http = fake.Client();

        var result = await new DashboardQueryCheck(new PrometheusClient(http))
            .RunAsync(DashboardDocument.Parse(Json), DateTimeOffset.UnixEpoch, DashboardQueryScope.All, CancellationToken.None);

        Assert.Equal(3, result.Checked);
        Assert.Equal(0, result.ReturnedData);
        Assert.False(result.AllReturnedData);
        // The namespace variable listed nothing: the query keeps "$namespace", visibly.
        Assert.Contains(result.Failures, f => f.Panel == "Orders" && f.Reason == "empty result" && f.Query.Contains("$namespace", StringComparison.Ordinal));
        Assert.Contains(result.Failures, f => f.Panel == "Latency" && f.Reason.Contains("parse error", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rate(x{a=\"$ns\"}[$__rate_interval])", "rate(x{a=\"orders\"}[1m])")]
    [InlineData("x{a=\"${ns}\"} + y{b=\"[[ns]]\"}", "x{a=\"orders\"} + y{b=\"orders\"}")]
    [InlineData("x{a=\"$unknown\"}", "x{a=\"$unknown\"}")]
    public void Substitutes_every_variable_syntax_Grafana_accepts(string expr, string expected)
    {
        var values = new Dictionary<string, string> { ["ns"] = "orders", ["__rate_interval"] = "1m" };

        Assert.Equal(expected, DashboardDocument.Substitute(expr, values));
    }
}
