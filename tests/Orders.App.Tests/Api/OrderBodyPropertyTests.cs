using System.Net;
using System.Text;
using CsCheck;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.Api;

/// <summary>
/// Valid order bodies mutated byte by byte (replace, insert, delete, truncate) and by JSON structure (escapes,
/// surrogates, deep nesting, huge numbers, duplicate keys, a BOM, trailing data): whatever the body, the
/// answer is never a 5xx, and every 4xx is problem+json. In-process, a bounded number of bodies.
/// </summary>
public sealed class OrderBodyPropertyTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const int Bodies = 600;

    private static readonly string[] Fragments =
    [
        "\\ud800", "\\udc00", "\\udbff\\udfff", "\\u0000", "\\u001f", "\\\\", "\\\"", "\\x", "\\u12", "\"", "\\",
        "{", "}", "[", "]", ",", ":", "null", "true", "-0", "1e400", "-1e-400", "0x10", "NaN", "Infinity",
        "18446744073709551616", new string('9', 300), new string('[', 70), new string('{', 70) + "\"a\":",
        ",\"quantity\":1000", ",\"productId\":\"x\"", ",\"PRODUCTID\":7", ",\"\\ud800\":1",
        "\uFEFF", "\u2028", "\u00e9", "\U0001F600", " {}", "garbage", "\r\n", "\t",
    ];

    private static readonly byte[][] RawBytes =
        [[0xFF], [0xFE], [0xC0, 0xAF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0x00], [0x80]];

    private static readonly Gen<byte[]> ValidBodies =
        Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 64], Gen.Int[1, 1000],
            (id, quantity) => Encoding.UTF8.GetBytes($"{{\"productId\": \"{id}\", \"quantity\": {quantity}}}"));

    private static readonly Gen<Func<byte[], byte[]>> Mutations = Gen.OneOf(
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte, (at, value) => (Func<byte[], byte[]>)(body => Replace(body, at, [value]))),
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte, (at, value) => (Func<byte[], byte[]>)(body => Insert(body, at, [value]))),
        Gen.Int[0, int.MaxValue].Select(at => (Func<byte[], byte[]>)(body => body.Length == 0 ? body : Replace(body, at, []))),
        Gen.Int[0, int.MaxValue].Select(at => (Func<byte[], byte[]>)(body => body[..(at % (body.Length + 1))])),
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, Fragments.Length - 1],
            (at, fragment) => (Func<byte[], byte[]>)(body => Insert(body, at, Encoding.UTF8.GetBytes(Fragments[fragment])))),
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, RawBytes.Length - 1],
            (at, raw) => (Func<byte[], byte[]>)(body => Insert(body, at, RawBytes[raw]))));

    private static readonly Gen<byte[]> HostileBodies =
        Gen.Select(ValidBodies, Mutations.Array[1, 4], (body, mutations) => mutations.Aggregate(body, (b, mutate) => mutate(b)));

    [Fact]
    public void No_mutated_body_gets_a_5xx_and_every_4xx_is_problem_json()
    {
        using var client = app.CreateClient();

        HostileBodies.Sample(body => IsAnsweredAsAClientError(client, body).GetAwaiter().GetResult(),
            iter: Bodies, threads: 1, print: body => Convert.ToHexString(body) + " = " + Encoding.UTF8.GetString(body));
    }

    private static async Task<bool> IsAnsweredAsAClientError(HttpClient client, byte[] body)
    {
        using var response = await client.PostAsync("/orders", OrderBodies.Json(body));
        var status = (int)response.StatusCode;
        return status < 500
            && (response.StatusCode == HttpStatusCode.Created || response.Content.Headers.ContentType?.MediaType == "application/problem+json");
    }

    private static byte[] Replace(byte[] body, int at, byte[] with)
    {
        if (body.Length == 0)
        {
            return with;
        }
        var index = at % body.Length;
        return [.. body[..index], .. with, .. body[(index + 1)..]];
    }

    private static byte[] Insert(byte[] body, int at, byte[] bytes)
    {
        var index = at % (body.Length + 1);
        return [.. body[..index], .. bytes, .. body[index..]];
    }
}
