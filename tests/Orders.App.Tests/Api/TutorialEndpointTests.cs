using System.Net;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.Api;

public sealed class TutorialEndpointTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Get_root_says_welcome()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Welcome", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_product_places_an_order()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/product", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Order placed!", await response.Content.ReadAsStringAsync());
    }
}
