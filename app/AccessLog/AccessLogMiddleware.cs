namespace Orders.App.AccessLog;

/// <summary>
/// Queues one access log line per request, after the rest of the pipeline has produced the response (so
/// errors are logged with their final status). It is the outermost middleware, so it sees every route.
/// </summary>
public sealed partial class AccessLogMiddleware(RequestDelegate next, AccessLogQueue queue, TimeProvider time, ILogger<AccessLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var line = W3CLineFormatter.Format(context, startedAt, time.GetElapsedTime(started));
            if (!await queue.EnqueueAsync(line))
            {
                LogLineAfterShutdown(logger, context.Request.Path);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A request to {Path} outlived the host's shutdown timeout; its access log line is not written. Raise the host's shutdownTimeoutSeconds setting if requests need longer.")]
    private static partial void LogLineAfterShutdown(ILogger logger, PathString path);
}
