
namespace Orders.Pipeline.Report;

/// <summary>
/// The production-history figures of one ScaledObject as ranges over every HPA timing (issue 24): replica-hours,
/// time and share of time under capacity, replica-hours above the need, scale events (and per day of the range),
/// seconds at maxReplicaCount. A share is of the seconds whose need is known; with none it is 0, never undefined.
/// </summary>
public sealed record HistoryRanges(
    ValueRange ReplicaHours, ValueRange UnderCapacitySeconds, ValueRange UnderCapacityShare, ValueRange ReplicaHoursAboveNeed,
    ValueRange ScaleEvents, ValueRange ScaleEventsPerDay, ValueRange SecondsAtMax)
{
    public static HistoryRanges Of(IReadOnlyList<HistoryOutcome> outcomes, int rangeSeconds)
    {
        if (outcomes.Count == 0)
        {
            throw new ArgumentException("no HPA timing was replayed: there is no history to measure.", nameof(outcomes));
        }
        ValueRange R(Func<HistoryOutcome, double> figure) => ValueRange.Of(outcomes.Select(figure))!;
        var days = Math.Max(1, rangeSeconds) / 86_400.0;
        return new HistoryRanges(
            R(o => o.ReplicaSeconds / 3600.0),
            R(o => o.UnderSeconds),
            R(o => o.KnownSeconds == 0 ? 0 : (double)o.UnderSeconds / o.KnownSeconds),
            R(o => o.ReplicaSecondsAboveNeed / 3600.0),
            R(o => o.ScaleEvents),
            R(o => o.ScaleEvents / days),
            R(o => o.SecondsAtMax));
    }
}
