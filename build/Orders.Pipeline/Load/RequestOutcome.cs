namespace Orders.Pipeline.Load;

/// <summary>How one request ended.</summary>
public enum RequestOutcome
{
    /// <summary>A 2xx response.</summary>
    Ok,

    /// <summary>A response outside 2xx.</summary>
    HttpError,

    /// <summary>No response within the per-request timeout.</summary>
    Timeout,

    /// <summary>The connection failed (refused, reset, …).</summary>
    Failed,
}
