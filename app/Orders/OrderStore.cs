namespace Orders.App.Orders;

/// <summary>
/// The orders placed most recently, in memory. Bounded so that a long load test cannot exhaust memory:
/// when full, the oldest order is forgotten (GET then answers 404 for it).
/// </summary>
public sealed class OrderStore(int capacity = OrderStore.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    // A plain lock: placing an order already waits the processing delay, so contention here is negligible,
    // and one lock keeps the dictionary and the eviction queue consistent with each other.
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Order> _byId = new(capacity);
    private readonly Queue<Guid> _oldestFirst = new(capacity);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byId.Count;
            }
        }
    }

    public void Add(Order order)
    {
        lock (_gate)
        {
            if (_byId.Count == capacity)
            {
                _byId.Remove(_oldestFirst.Dequeue());
            }
            _byId.Add(order.Id, order);
            _oldestFirst.Enqueue(order.Id);
        }
    }

    public Order? Find(Guid id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }
}
