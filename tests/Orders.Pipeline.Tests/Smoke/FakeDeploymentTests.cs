namespace Orders.Pipeline.Tests.Smoke;

/// <summary>
/// What every Smoke test starts from: a fake deployment on an ephemeral port (stopped after the test), an HTTP
/// client to reach it and the output the checks print to.
/// </summary>
public abstract class FakeDeploymentTests : IAsyncLifetime
{
    protected HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };

    protected StringWriter Output { get; } = new();

    private protected FakeDeployment Deployment { get; private set; } = null!;

    public async Task InitializeAsync() => Deployment = await FakeDeployment.StartAsync();

    public async Task DisposeAsync()
    {
        await Deployment.DisposeAsync();
        Http.Dispose();
    }
}
