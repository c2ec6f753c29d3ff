using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orders.App.Tests.Infrastructure;

namespace Orders.App.Tests.Api;

public sealed class OrderResourceTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Posting_an_order_returns_201_with_the_order_and_its_location()
    {
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/orders", new { productId = "book-42", quantity = 3 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var order = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = order.RootElement.GetProperty("id").GetGuid();
        Assert.Equal("book-42", order.RootElement.GetProperty("productId").GetString());
        Assert.Equal(3, order.RootElement.GetProperty("quantity").GetInt32());
        Assert.True(order.RootElement.GetProperty("createdAt").TryGetDateTimeOffset(out _));
        Assert.Equal($"/orders/{id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_placed_order_can_be_read_back_from_its_location()
    {
        using var client = app.CreateClient();
        var placed = await client.PostAsJsonAsync("/orders", new { productId = "pen", quantity = 1000 });
        var placedBody = await placed.Content.ReadAsStringAsync();

        var read = await client.GetAsync(placed.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(placedBody, await read.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/orders/0198c3a6-0000-7000-8000-000000000000")]
    [InlineData("/orders/not-a-guid")]
    public async Task An_unknown_order_is_404(string path)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
