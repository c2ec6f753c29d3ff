using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;
using static Orders.Pipeline.Tests.Scaling.ModelSpecs;

namespace Orders.Pipeline.Tests.Report;

public sealed class HistoryOutcomeTests
{
    private static ModelStep Step(int second, int replicas) => new(T0.AddSeconds(second), "hpa", Value(0, T0.AddSeconds(second)), true, replicas, replicas, "test");

    [Fact]
    public void Figures_of_a_small_timeline_match_the_hand_derived_ones()
    {
        // Given 30 s: 2 replicas from 0 s, 5 from 10 s, 2 from 20 s; the value needs 5 until 14 s and 2 from 15 s
        IReadOnlyList<ModelStep> steps = [Step(0, 2), Step(10, 5), Step(20, 2)];

        // When the history of that timing is taken (max 5)
        var history = HistoryOutcome.Of(steps, T0, 30, s => s < 15 ? 5 : 2, maxReplicas: 5);

        // Then by hand: 2*10 + 5*10 + 2*10 replica-seconds; under 0..9 s (2 < 5); above 15..19 s (5 - 2 each);
        // two changes; 10 s at max
        Assert.Equal(new HistoryOutcome(30, 90, 30, 10, 15, 2, 10), history);
    }

    [Fact]
    public void Seconds_before_the_first_sync_and_without_a_value_count_in_no_capacity_figure()
    {
        // Given a timing whose first sync is at 5 s, and no value (unknown need) from 20 s
        IReadOnlyList<ModelStep> steps = [Step(5, 3)];

        var history = HistoryOutcome.Of(steps, T0, 30, s => s < 20 ? 4 : CapacityNeed.Unknown, maxReplicas: 6);

        // Then 25 s counted (5..29), 15 of them with a need (5..19), all under it
        Assert.Equal(new HistoryOutcome(25, 75, 15, 15, 0, 0, 0), history);
    }

    [Fact]
    public void Ranges_over_timings_give_a_share_and_a_rate_per_day_never_undefined()
    {
        // Given two timings over half a day, one never with a known need
        var outcomes = new[] { new HistoryOutcome(43_200, 86_400, 43_200, 4_320, 3_600, 6, 0), new HistoryOutcome(43_200, 86_400, 0, 0, 0, 2, 0) };

        var ranges = HistoryRanges.Of(outcomes, 43_200);

        Assert.Equal(new ValueRange(24, 24, 24), ranges.ReplicaHours);
        Assert.Equal(new ValueRange(0, 0, 0.1), ranges.UnderCapacityShare);
        Assert.Equal(new ValueRange(4, 4, 12), ranges.ScaleEventsPerDay);
        Assert.Equal(new ValueRange(0, 0, 1), ranges.ReplicaHoursAboveNeed);
    }

    [Fact]
    public void The_need_is_zero_where_a_scale_to_zero_ScaledObject_is_inactive()
    {
        var spec = Spec(min: 0, max: 10, activation: 5);

        var need = CapacityNeed.Of(spec, [0, 5, 6, 44, null], ModelVersions.Default);

        Assert.Equal([0, 0, 1, 4, CapacityNeed.Unknown], need);
    }
}
