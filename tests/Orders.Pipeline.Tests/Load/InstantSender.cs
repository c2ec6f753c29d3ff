using Orders.Pipeline.Load;

namespace Orders.Pipeline.Tests.Load;

/// <summary>Answers every request at once with 200, without any network: the engine's schedule alone is
/// under test.</summary>
internal sealed class InstantSender : IRequestSender
{
    public Task<RequestOutcome> SendAsync(CancellationToken cancellationToken) => Task.FromResult(RequestOutcome.Ok);
}
