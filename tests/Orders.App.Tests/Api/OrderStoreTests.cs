using Orders.App.Orders;

namespace Orders.App.Tests.Api;

public sealed class OrderStoreTests
{
    [Fact]
    public void Keeps_only_the_most_recent_orders_up_to_its_capacity()
    {
        var store = new OrderStore(capacity: 3);
        var orders = Enumerable.Range(1, 5)
            .Select(i => new Order(Guid.NewGuid(), $"p{i}", i, DateTimeOffset.UnixEpoch))
            .ToArray();

        foreach (var order in orders)
        {
            store.Add(order);
        }

        Assert.Equal(3, store.Count);
        Assert.Null(store.Find(orders[0].Id));
        Assert.Null(store.Find(orders[1].Id));
        Assert.All(orders[2..], order => Assert.Same(order, store.Find(order.Id)));
    }

    [Fact]
    public void The_default_capacity_is_the_last_10000_orders()
    {
        var store = new OrderStore();
        var first = new Order(Guid.NewGuid(), "first", 1, DateTimeOffset.UnixEpoch);
        store.Add(first);

        for (var i = 0; i < 10_000; i++)
        {
            store.Add(new Order(Guid.NewGuid(), "p", 1, DateTimeOffset.UnixEpoch));
        }

        Assert.Equal(10_000, store.Count);
        Assert.Null(store.Find(first.Id));
    }
}
