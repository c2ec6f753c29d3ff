using System.Globalization;
using System.Text.Json;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Prometheus;

/// <summary>Reads the API's JSON envelope: <c>{"status":"success","data":{"resultType":…,"result":…}}</c> or
/// <c>{"status":"error","errorType":…,"error":…}</c>, for instant queries (vector or scalar), range queries
/// (matrix) and the other endpoints' <c>data</c>. Pure, so it is tested on strings.</summary>
public static class PrometheusResponseParser
{
    public static PrometheusQueryResult Parse(string query, int httpStatus, string body) => Read(query, httpStatus, body, data =>
    {
        var resultType = data.GetProperty("resultType").GetString() ?? "";
        var result = data.GetProperty("result");
        return resultType switch
        {
            "vector" => new PrometheusQueryResult(resultType, result.EnumerateArray().Select(ReadVectorElement).ToList()),
            "scalar" => new PrometheusQueryResult(resultType, [ReadPoint(result, new Dictionary<string, string>())]),
            _ => throw new PrometheusQueryException(
                $"The query '{query}' returned a {resultType}; an instant query for scaling must return a vector or a scalar.", query),
        };
    });

    /// <summary>A query_range answer: every series with its points.</summary>
    public static IReadOnlyList<RangeSeries> ParseMatrix(string query, int httpStatus, string body) => Read(query, httpStatus, body, data =>
    {
        var resultType = data.GetProperty("resultType").GetString();
        if (resultType != "matrix")
        {
            throw new PrometheusQueryException($"query_range answered '{query}' with a {resultType}, not a matrix.", query);
        }
        return (IReadOnlyList<RangeSeries>)data.GetProperty("result").EnumerateArray()
            .Select(s => new RangeSeries(Labels(s), s.GetProperty("values").EnumerateArray().Select(p => (Time(p), Value(p))).ToList()))
            .ToList();
    });

    /// <summary>The <c>data</c> member of any endpoint's answer, detached from the parsed document.</summary>
    public static JsonElement ParseData(string path, int httpStatus, string body) => Read(path, httpStatus, body, data => data.Clone());

    private static T Read<T>(string query, int httpStatus, string body, Func<JsonElement, T> readData)
    {
        try
        {
            return ToolOutput.ParseJson($"Prometheus's answer (HTTP {httpStatus}) to '{query}'", body, root =>
            {
                var status = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("status", out var s) ? s.GetString() : null;
                if (status != "success")
                {
                    var error = status is not null && root.TryGetProperty("error", out var e) ? e.GetString() : ToolOutput.Start(body);
                    throw new PrometheusQueryException($"Prometheus rejected the query '{query}' (HTTP {httpStatus}): {error}", query);
                }
                return readData(root.GetProperty("data"));
            });
        }
        catch (ToolOutputException e)
        {
            // Callers handle a failed query as one kind of failure, whatever way the answer was odd.
            throw new PrometheusQueryException(e.Message, query, e);
        }
    }

    private static PrometheusSample ReadVectorElement(JsonElement element) => ReadPoint(element.GetProperty("value"), Labels(element));

    private static PrometheusSample ReadPoint(JsonElement point, IReadOnlyDictionary<string, string> labels) =>
        new(labels, Time(point), Value(point));

    private static Dictionary<string, string> Labels(JsonElement element) =>
        element.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");

    private static DateTimeOffset Time(JsonElement point) => DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(point[0].GetDouble() * 1000));

    private static double Value(JsonElement point) => ParseValue(point[1].GetString() ?? "NaN");

    /// <summary>Prometheus writes values as strings, including "NaN", "+Inf" and "-Inf".</summary>
    internal static double ParseValue(string text) => text switch
    {
        "NaN" => double.NaN,
        "+Inf" or "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
