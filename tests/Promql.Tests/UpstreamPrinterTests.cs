using System.Text.Json;
using Promql.Parsing;

namespace Promql.Tests;

/// <summary>
/// Prometheus's printer cases (TestExprString in promql/parser/printer_test.go at commit
/// d15adb9ad7e5d9fbde3a9a8f30200593a5a14d86, ported by TestData/port_printer_test.py): the input must print as
/// upstream's String() does. Left-out cases carry their reason in the data file.
/// </summary>
public sealed class UpstreamPrinterTests
{
    private static readonly PromqlParserOptions Options = new() { AllowExperimentalFunctions = true };

    public static TheoryData<string, string> Cases()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "printer_test_cases.json"));
        using var doc = JsonDocument.Parse(file);
        var cases = new TheoryData<string, string>();
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray().Where(c => !c.TryGetProperty("skip", out _)))
        {
            cases.Add(c.GetProperty("input").GetString()!, c.GetProperty("output").GetString()!);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Prints_as_upstream_prints(string input, string output)
    {
        Assert.Equal(output, PromqlParser.Parse(input, Options).ToString());
    }
}
