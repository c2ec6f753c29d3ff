using Microsoft.AspNetCore.Mvc.Testing;

namespace Orders.App.Tests;

public sealed class RootEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Get_root_says_welcome()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Welcome", await response.Content.ReadAsStringAsync());
    }
}
