using Microsoft.Extensions.Options;

namespace Orders.App.AccessLog;

/// <summary>
/// The single consumer of <see cref="AccessLogQueue"/>: takes every line that is waiting, writes them with
/// one call, pauses <see cref="PauseAfterWrite"/>, and goes back to waiting. At low load a line is written as
/// soon as it is queued, or at most one pause later (well within 50 ms). Under load the pause is what
/// keeps the log cheap: the writer is not waiting while lines arrive, so requests never pay for waking it,
/// and each write call carries a pause's worth of lines. It runs on a thread of its own, where blocking on
/// the disk or the pause costs the thread pool nothing. It is a hosted lifecycle service so that it can
/// drain in <see cref="StoppedAsync"/>, which the host calls after the web server has stopped, i.e. after
/// every in-flight request has finished and queued its line.
/// </summary>
public sealed partial class AccessLogWriter(
    AccessLogQueue queue, IOptions<AccessLogWriterOptions> options, TimeProvider time, ILogger<AccessLogWriter> logger) : IHostedLifecycleService
{
    /// <summary>Real time, not the injected TimeProvider: it paces I/O, it stamps nothing.</summary>
    public static readonly TimeSpan PauseAfterWrite = TimeSpan.FromMilliseconds(10);

    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _running;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Enabled)
        {
            var directory = Path.GetFullPath(settings.Directory);
            var file = new RollingLogFile(directory, settings.FileSizeLimitBytes, settings.RetainedFileCountLimit, time);
            new Thread(() => Drain(file, directory)) { IsBackground = true, Name = "Access log writer" }.Start();
            _running = true;
        }
        return Task.CompletedTask;
    }

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        if (_running)
        {
            // Deliberately not bounded by the shutdown token: the server may have used up the shutdown
            // timeout on slow requests, and the queue holds a few MB at most, which the disk takes at once.
            await _drained.Task;
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Drain(RollingLogFile file, string directory)
    {
        var lost = 0L;
        try
        {
            while (WaitForLines())
            {
                var batch = 0;
                try
                {
                    while (queue.TryTake(out var line))
                    {
                        batch++;
                        try
                        {
                            file.Append(line.Bytes);
                        }
                        finally
                        {
                            line.Return();
                        }
                    }
                    file.Flush();
                    if (lost > 0)
                    {
                        LogRecovered(logger, directory, lost);
                        lost = 0;
                    }
                }
                catch (Exception e)
                {
                    // Keep draining whatever went wrong (a full or read-only disk, or a bug): if this loop
                    // ended, the queue would fill and every request would wait for room forever. Report the
                    // first failure of a streak and the number of lines lost when it ends.
                    if (lost == 0)
                    {
                        LogWriteFailed(logger, e, directory);
                    }
                    lost += batch;
                    file.Abandon();
                }
                if (!queue.IsDrained)
                {
                    Thread.Sleep(PauseAfterWrite);
                }
            }
        }
        finally
        {
            file.Dispose();
            _drained.TrySetResult();
        }
    }

    /// <summary>False once the queue is completed and empty. Blocks: this is the writer's own thread.</summary>
    private bool WaitForLines()
    {
        var waiting = queue.WaitForLinesAsync();
        return waiting.IsCompletedSuccessfully ? waiting.Result : waiting.AsTask().GetAwaiter().GetResult();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot write the access log in {Directory}; lines are lost until it works again. Check that the directory exists, is writable by this user and has free space, or set AccessLog:Directory.")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The access log in {Directory} is written again; about {LostLines} lines were lost while it failed.")]
    private static partial void LogRecovered(ILogger logger, string directory, long lostLines);
}
