namespace Orders.Pipeline.Scaling;

/// <summary>A replica count (a recommendation or a change) stamped with when the HPA recorded it.
/// <see cref="Outdated"/> marks a scale event older than the longest policy period, free for reuse.</summary>
internal sealed record TimedValue(int Value, DateTimeOffset At, bool Outdated = false);
