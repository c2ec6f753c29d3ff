namespace Orders.Pipeline.Load;

/// <summary>Sends one request of the load; the engine decides when. Implementations never throw for a
/// failed request: they return the outcome, so the engine counts it.</summary>
public interface IRequestSender
{
    Task<RequestOutcome> SendAsync(CancellationToken cancellationToken);
}
