using System.Net;
using System.Text;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.Api;

public sealed class OrderValidationTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("{\"productId\": \"a\", \"quantity\": ", "body")]
    [InlineData("not json", "body")]
    [InlineData("", "body")]
    [InlineData("[1, 2]", "body")]
    [InlineData("\"just a string\"", "body")]
    [InlineData("{\"quantity\": 1}", "productId")]
    [InlineData("{\"productId\": null, \"quantity\": 1}", "productId")]
    [InlineData("{\"productId\": 7, \"quantity\": 1}", "productId")]
    [InlineData("{\"productId\": \"\", \"quantity\": 1}", "productId")]
    [InlineData("{\"productId\": \"a\"}", "quantity")]
    [InlineData("{\"productId\": \"a\", \"quantity\": 0}", "quantity")]
    [InlineData("{\"productId\": \"a\", \"quantity\": 1001}", "quantity")]
    [InlineData("{\"productId\": \"a\", \"quantity\": -5}", "quantity")]
    [InlineData("{\"productId\": \"a\", \"quantity\": 2.5}", "quantity")]
    [InlineData("{\"productId\": \"a\", \"quantity\": \"3\"}", "quantity")]
    [InlineData("{\"productId\": \"a\", \"quantity\": 99999999999999999999}", "quantity")]
    public async Task A_bad_body_is_400_naming_the_field(string body, string field)
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/orders", new StringContent(body, Encoding.UTF8, "application/json"));

        await ProblemAssert.NamesField(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_product_id_over_64_characters_is_400_and_64_is_fine()
    {
        using var client = app.CreateClient();

        var tooLong = await client.PostAsync("/orders", Json($"{{\"productId\": \"{new string('x', 65)}\", \"quantity\": 1}}"));
        var longest = await client.PostAsync("/orders", Json($"{{\"productId\": \"{new string('x', 64)}\", \"quantity\": 1}}"));

        await ProblemAssert.NamesField(tooLong, HttpStatusCode.BadRequest, "productId");
        Assert.Equal(HttpStatusCode.Created, longest.StatusCode);
    }

    [Fact]
    public async Task Both_bad_fields_are_named_at_once()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsync("/orders", Json("{\"productId\": \"\", \"quantity\": 0}"));

        await ProblemAssert.NamesField(response, HttpStatusCode.BadRequest, "productId");
        await ProblemAssert.NamesField(response, HttpStatusCode.BadRequest, "quantity");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task A_body_that_is_not_json_is_415_naming_the_content_type(string? mediaType)
    {
        using var client = app.CreateClient();
        var content = new ByteArrayContent("{\"productId\": \"a\", \"quantity\": 1}"u8.ToArray());
        if (mediaType is not null)
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        }

        var response = await client.PostAsync("/orders", content);

        await ProblemAssert.NamesField(response, HttpStatusCode.UnsupportedMediaType, "Content-Type");
    }

    [Fact]
    public async Task A_body_over_16_KiB_is_413_and_16_KiB_exactly_is_accepted()
    {
        using var client = app.CreateClient();
        var order = "{\"productId\": \"a\", \"quantity\": 1}";
        var exactly16KiB = order + new string(' ', 16 * 1024 - order.Length);

        var accepted = await client.PostAsync("/orders", Json(exactly16KiB));
        var tooLarge = await client.PostAsync("/orders", Json(exactly16KiB + " "));

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        await ProblemAssert.NamesField(tooLarge, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [Fact]
    public async Task A_chunked_body_over_16_KiB_is_413_too()
    {
        using var client = app.CreateClient();
        var content = new UnknownLengthContent(new byte[64 * 1024], "application/json");

        var response = await client.PostAsync("/orders", content);

        await ProblemAssert.NamesField(response, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
