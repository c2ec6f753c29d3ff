using System.Text.Json;
using Promql.Parsing;

namespace Promql.Tests;

/// <summary>
/// Prometheus's lexer cases (lex_test.go at commit d15adb9ad7e5d9fbde3a9a8f30200593a5a14d86, ported by
/// TestData/port_lex_test.py): the same tokens at the same offsets, or a lexical error where upstream has one.
/// </summary>
public sealed class UpstreamLexerTests
{
    public static TheoryData<string, string, string> Cases()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "lex_test_cases.json"));
        using var doc = JsonDocument.Parse(file);
        var cases = new TheoryData<string, string, string>();
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray().Where(c => !c.TryGetProperty("skip", out _)))
        {
            var expected = c.TryGetProperty("fail", out _)
                ? "<error>"
                : string.Join("\n", c.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()));
            cases.Add(c.GetProperty("group").GetString()!, c.GetProperty("input").GetString()!, expected);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lexes_as_upstream_lexes(string group, string input, string expected)
    {
        Assert.NotEmpty(group);

        Assert.Equal(expected, Lex(input));
    }

    private static string Lex(string input)
    {
        var lexer = new Lexer(input);
        var tokens = new List<string>();
        try
        {
            for (var token = lexer.Next(); token.Kind != TokenKind.Eof; token = lexer.Next())
            {
                tokens.Add($"{token.Kind} {token.Text} @{token.Start}");
            }
        }
        catch (PromqlParseException)
        {
            return "<error>";
        }
        return string.Join("\n", tokens);
    }
}
