using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Tests.Prometheus;

public sealed class PrometheusResponseParserTests
{
    private const string Query = "sum(rate(product_order_total[1m]))";

    [Fact]
    public void Reads_a_vector_with_labels_and_value()
    {
        var body = """{"status":"success","data":{"resultType":"vector","result":[{"metric":{"namespace":"orders"},"value":[1767225600.5,"12.25"]}]}}""";

        var result = PrometheusResponseParser.Parse(Query, 200, body);

        var sample = Assert.Single(result.Samples);
        Assert.Equal("orders", sample.Labels["namespace"]);
        Assert.Equal(12.25, sample.Value);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767225600500), sample.Timestamp);
    }

    [Fact]
    public void Reads_a_scalar_and_an_empty_vector()
    {
        var scalar = PrometheusResponseParser.Parse("1+1", 200, """{"status":"success","data":{"resultType":"scalar","result":[1767225600,"2"]}}""");
        var empty = PrometheusResponseParser.Parse(Query, 200, """{"status":"success","data":{"resultType":"vector","result":[]}}""");

        Assert.Equal(2, scalar.SingleValueOrNull("1+1"));
        Assert.Null(empty.SingleValueOrNull(Query));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("+Inf")]
    [InlineData("-Inf")]
    public void Reads_the_special_values_Prometheus_writes_as_strings(string text)
    {
        var result = PrometheusResponseParser.Parse(Query, 200,
            """{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"VALUE"]}]}}""".Replace("VALUE", text, StringComparison.Ordinal));

        Assert.False(double.IsFinite(result.Samples[0].Value));
    }

    [Fact]
    public void An_error_answer_names_the_query_and_Prometheus_message()
    {
        var body = """{"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected end of input"}""";

        var error = Assert.Throws<PrometheusQueryException>(() => PrometheusResponseParser.Parse("sum(", 400, body));

        Assert.Contains("sum(", error.Message, StringComparison.Ordinal);
        Assert.Contains("parse error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_series_are_an_error_telling_to_aggregate()
    {
        var body = """{"status":"success","data":{"resultType":"vector","result":[{"metric":{"pod":"a"},"value":[1,"1"]},{"metric":{"pod":"b"},"value":[1,"2"]}]}}""";

        var result = PrometheusResponseParser.Parse(Query, 200, body);
        var error = Assert.Throws<PrometheusQueryException>(() => result.SingleValueOrNull(Query));

        Assert.Contains("sum(", error.Message, StringComparison.Ordinal);
    }
}
