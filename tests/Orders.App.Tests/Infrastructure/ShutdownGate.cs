using Microsoft.Extensions.Hosting;

namespace Orders.App.Tests.Infrastructure;

/// <summary>
/// Holds the host in the first phase of shutdown (after ApplicationStopping fired, before any service, the
/// server included, is stopped) until the test releases it: the window in which a pod answers requests
/// while Kubernetes takes it out of the endpoints.
/// </summary>
public sealed class ShutdownGate : IHostedLifecycleService
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Reached => _reached.Task;

    public void Release() => _released.TrySetResult();

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _reached.TrySetResult();
        await _released.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
