using System.Net;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.Api;

public sealed class UnknownRouteTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/nope")]
    [InlineData("/orders/1/2")]
    [InlineData("/product/extra")]
    public async Task An_unknown_route_is_404_problem_json(string path)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("DELETE", "/")]
    [InlineData("PUT", "/orders")]
    [InlineData("POST", "/product")]
    public async Task A_known_route_with_another_method_is_405_not_500(string method, string path)
    {
        using var client = app.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
