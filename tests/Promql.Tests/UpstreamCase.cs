using System.Text.Json;
using System.Text.Json.Serialization;

namespace Promql.Tests;

/// <summary>
/// One case of Prometheus's parser tests (testExpr in promql/parser/parse_test.go), as ported into
/// TestData/parse_test_cases.json: an input and either its expected tree or its first error and position,
/// or the reason it was left out.
/// </summary>
public sealed record UpstreamCase(
    [property: JsonPropertyName("input")] string? Input,
    [property: JsonPropertyName("expect")] string? Expect,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("line")] int? Line,
    [property: JsonPropertyName("col")] int? Col,
    [property: JsonPropertyName("skip")] string? Skip)
{
    private static readonly Lazy<IReadOnlyList<UpstreamCase>> All = new(Load);

    public static IReadOnlyList<UpstreamCase> Cases => All.Value;

    // xunit shows the input as the case's name, so a failure names the upstream case.
    public override string ToString() => Input ?? "<generated>";

    private static List<UpstreamCase> Load()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "parse_test_cases.json"));
        using var doc = JsonDocument.Parse(file);
        return doc.RootElement.GetProperty("cases").Deserialize<List<UpstreamCase>>()!;
    }
}
