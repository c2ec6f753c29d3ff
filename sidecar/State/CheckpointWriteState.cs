using Microsoft.Extensions.Logging;

namespace Orders.Exporter.State;

/// <summary>
/// Whether checkpoint writes are failing, logged once when they start failing and once when they work again:
/// the consumer retries every 250 ms and each scrape once more, and every attempt is already counted in
/// accesslog_checkpoint_write_failures_total, so a line per attempt would only bury the first one.
/// </summary>
internal sealed class CheckpointWriteState(ILogger logger, string? path)
{
    private long _failuresInStreak;

    public bool Failing { get; private set; }

    public void Failed(Exception error)
    {
        _failuresInStreak++;
        if (!Failing)
        {
            Failing = true;
            logger.LogWarning("Writing the checkpoint {Path} failed ({Reason}); /metrics now serves the live values and the write is retried. "
                + "Lines are not lost: a restart resumes from the last checkpoint written and reads the lines after it again. "
                + "Free space on, or make writable, the volume of AccessLog:CheckpointPath.", path, error.Message);
        }
    }

    public void Succeeded()
    {
        if (Failing)
        {
            logger.LogInformation("The checkpoint {Path} is written again, after {Failures} failed attempts.", path, _failuresInStreak);
            (Failing, _failuresInStreak) = (false, 0);
        }
    }
}
