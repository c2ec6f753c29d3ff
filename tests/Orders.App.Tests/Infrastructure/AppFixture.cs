namespace Orders.App.Tests.Infrastructure;

/// <summary>One in-process app shared by the tests of a class (IClassFixture), with its own log directory.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private readonly TempDirectory _logs = new();

    public AppFixture() => Factory = new OrdersAppFactory(_logs.Path);

    public OrdersAppFactory Factory { get; }

    public HttpClient CreateClient() => Factory.CreateClient();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        _logs.Dispose();
    }
}
