namespace Orders.Pipeline.Scaling;

/// <summary>A clock the replay sets instant by instant, so the model sees the run's times, not the wall clock's.</summary>
public sealed class ReplayClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
