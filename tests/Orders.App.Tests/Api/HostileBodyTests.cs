using System.Net;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.Api;

/// <summary>
/// The bodies issue 12 named, each as raw bytes (an escape stays an escape, an invalid byte stays invalid):
/// every one is a 4xx problem+json naming what is wrong, none reaches the exception handler as a 500.
/// </summary>
public sealed class HostileBodyTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static TheoryData<string, byte[], string> Cases() => new()
    {
        { "lone high surrogate in a value", Utf8("{\"productId\":\"\\ud800\",\"quantity\":1}"), "body" },
        { "lone low surrogate in a value", Utf8("{\"productId\":\"a\\udc00b\",\"quantity\":1}"), "body" },
        { "reversed surrogate pair", Utf8("{\"productId\":\"\\udc00\\ud800\",\"quantity\":1}"), "body" },
        { "lone surrogate as a property name", Utf8("{\"\\udc00\":1}"), "body" },
        { "lone surrogate in an ignored property's value", Utf8("{\"productId\":\"a\",\"quantity\":1,\"note\":\"\\ud800\"}"), "body" },
        { "raw invalid UTF-8 byte in a value", [.. Utf8("{\"productId\":\""), 0xFF, .. Utf8("\",\"quantity\":1}")], "body" },
        { "truncated UTF-8 sequence in a value", [.. Utf8("{\"productId\":\""), 0xE2, 0x82, .. Utf8("\",\"quantity\":1}")], "body" },
        { "overlong UTF-8 encoding in a value", [.. Utf8("{\"productId\":\""), 0xC0, 0xAF, .. Utf8("\",\"quantity\":1}")], "body" },
        { "raw invalid UTF-8 byte in a property name", [.. Utf8("{\""), 0xC3, .. Utf8("\":1,\"productId\":\"a\",\"quantity\":1}")], "body" },
        { "UTF-8 encoded surrogate (CESU) in a value", [.. Utf8("{\"productId\":\""), 0xED, 0xA0, 0x80, .. Utf8("\",\"quantity\":1}")], "body" },
        { "nesting deeper than 64", Utf8("{\"productId\":\"a\",\"quantity\":1,\"x\":" + new string('[', 100) + new string(']', 100) + "}"), "body" },
        { "number too large for any type", Utf8("{\"productId\":\"a\",\"quantity\":1" + new string('9', 400) + "}"), "quantity" },
        { "exponent overflow", Utf8("{\"productId\":\"a\",\"quantity\":1e999999}"), "quantity" },
        { "duplicate key", Utf8("{\"productId\":\"a\",\"quantity\":1,\"quantity\":1000}"), "body" },
        { "duplicate key differing in case", Utf8("{\"productId\":\"a\",\"PRODUCTID\":\"b\",\"quantity\":1}"), "productId" },
        { "trailing data after the object", Utf8("{\"productId\":\"a\",\"quantity\":1} {}"), "body" },
        { "two BOMs", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Utf8("{\"productId\":\"a\",\"quantity\":1}")], "body" },
        { "NUL byte outside a string", Utf8("{\"productId\":\"a\",\"quantity\":1}\0"), "body" },
        { "control character inside a string", Utf8("{\"productId\":\"a\u0001\",\"quantity\":1}"), "body" },
        { "escaped NUL in the product id", Utf8("{\"productId\":\"\\u0000\",\"quantity\":1}"), "productId" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_body_is_400_problem_json_naming_what_is_wrong(string description, byte[] body, string field)
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/orders", OrderBodies.Json(body));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{description}: {(int)response.StatusCode}");
        await ProblemAssert.NamesField(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_leading_BOM_is_accepted_as_UTF_8_text()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/orders", OrderBodies.Json([0xEF, 0xBB, 0xBF, .. Utf8("{\"productId\":\"a\",\"quantity\":1}")]));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
