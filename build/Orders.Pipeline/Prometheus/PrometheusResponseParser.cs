using System.Globalization;
using System.Text.Json;

namespace Orders.Pipeline.Prometheus;

/// <summary>Reads <c>/api/v1/query</c>'s JSON envelope: <c>{"status":"success","data":{"resultType":…,
/// "result":…}}</c> or <c>{"status":"error","errorType":…,"error":…}</c>. Pure, so it is tested on strings.</summary>
public static class PrometheusResponseParser
{
    public static PrometheusQueryResult Parse(string query, int httpStatus, string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new PrometheusQueryException(
                $"Prometheus answered HTTP {httpStatus} with a body that is not JSON for '{query}': {Truncate(body)}", query, e);
        }
        using (document)
        {
            var root = document.RootElement;
            var status = root.TryGetProperty("status", out var s) ? s.GetString() : null;
            if (status != "success")
            {
                var error = root.TryGetProperty("error", out var e) ? e.GetString() : Truncate(body);
                throw new PrometheusQueryException($"Prometheus rejected the query '{query}' (HTTP {httpStatus}): {error}", query);
            }
            var data = root.GetProperty("data");
            var resultType = data.GetProperty("resultType").GetString() ?? "";
            var result = data.GetProperty("result");
            return resultType switch
            {
                "vector" => new PrometheusQueryResult(resultType, result.EnumerateArray().Select(ReadVectorElement).ToList()),
                "scalar" => new PrometheusQueryResult(resultType, [ReadPoint(result, new Dictionary<string, string>())]),
                _ => throw new PrometheusQueryException(
                    $"The query '{query}' returned a {resultType}; an instant query for scaling must return a vector or a scalar.", query),
            };
        }
    }

    private static PrometheusSample ReadVectorElement(JsonElement element)
    {
        var labels = element.GetProperty("metric").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
        return ReadPoint(element.GetProperty("value"), labels);
    }

    private static PrometheusSample ReadPoint(JsonElement point, IReadOnlyDictionary<string, string> labels)
    {
        var seconds = point[0].GetDouble();
        var text = point[1].GetString() ?? "NaN";
        return new PrometheusSample(labels, DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000)), ParseValue(text));
    }

    /// <summary>Prometheus writes values as strings, including "NaN", "+Inf" and "-Inf".</summary>
    internal static double ParseValue(string text) => text switch
    {
        "NaN" => double.NaN,
        "+Inf" or "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string Truncate(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
