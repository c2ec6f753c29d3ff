using Orders.Pipeline.Scaling;
using Orders.Pipeline.Tuning;

namespace Orders.Pipeline.Tests.Tuning;

/// <summary>
/// What the study reads off a replayed timeline, on timelines built by hand: KEDA polls (loop "keda") carry a
/// count too, but only HPA syncs set it; the answers are read off the lists below.
/// </summary>
public sealed class TuningMeasureTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    private static ModelStep Hpa(int seconds, int replicas) => Step(seconds, "hpa", replicas);

    private static ModelStep Keda(int seconds, int replicas) => Step(seconds, "keda", replicas);

    private static ModelStep Step(int seconds, string loop, int replicas)
    {
        var at = T0.AddSeconds(seconds);
        return new ModelStep(at, loop, MetricReading.Ok(at, 0, 0), true, replicas, replicas, "test");
    }

    private static DateTimeOffset At(double seconds) => T0.AddSeconds(seconds);

    [Fact]
    public void SecondsToRight_is_the_first_hpa_sync_in_the_load_with_exactly_a_right_count()
    {
        // 5 before the load (-5 s) and a KEDA poll with 5 (3 s) do not count; the sync at 10 s has 4; 25 s has 5.
        List<ModelStep> steps = [Hpa(-5, 5), Keda(3, 5), Hpa(10, 4), Hpa(25, 5), Hpa(40, 6)];
        static bool Is(int n, int right) => n == right;

        Assert.Equal(25, TuningMeasure.SecondsToRight(steps, At(0), At(300), n => Is(n, 5)));
        Assert.Equal(40, TuningMeasure.SecondsToRight(steps, At(0), At(300), n => Is(n, 6)));
        Assert.Equal(10, TuningMeasure.SecondsToRight(steps, At(0), At(300), n => Is(n, 4)));
        // A sync at the load start itself counts (at or after): 0 s; and from 10 s, 5 comes at 25 s: 15 s.
        Assert.Equal(0, TuningMeasure.SecondsToRight(steps, At(10), At(300), n => Is(n, 4)));
        Assert.Equal(15, TuningMeasure.SecondsToRight(steps, At(10), At(300), n => Is(n, 5)));
        // 25 - 0.6 = 24.4 s rounds to 24.
        Assert.Equal(24, TuningMeasure.SecondsToRight(steps, At(0.6), At(300), n => Is(n, 5)));
        Assert.Null(TuningMeasure.SecondsToRight(steps, At(0), At(300), n => Is(n, 7)));
        // The load ended at 25 s: the sync then is after it.
        Assert.Null(TuningMeasure.SecondsToRight(steps, At(0), At(25), n => Is(n, 5)));
    }

    [Fact]
    public void SecondsToRight_does_not_count_an_overshoot_as_right()
    {
        // 2 -> 6 at 20 s (a reading above 50/s), back to 5 at 155 s once the 120 s stabilization lets it. With the
        // old "at least right" rule this was 20 s; exactly right, it is 155 s.
        List<ModelStep> steps = [Hpa(5, 2), Hpa(20, 6), Hpa(35, 6), Hpa(140, 6), Hpa(155, 5), Hpa(170, 5)];
        var spec = new ScaledObjectSpec("orders", null, new PrometheusTrigger("http://p", "q", 10), 2, 6);

        Assert.Equal(155, TuningMeasure.SecondsToRight(steps, At(0), At(240), n => spec.Holds(50, n)));
        // Came back after the load's end (or never): never right.
        Assert.Null(TuningMeasure.SecondsToRight(steps, At(0), At(150), n => spec.Holds(50, n)));
    }

    [Fact]
    public void Peak_is_the_highest_count_from_from_to_before_to()
    {
        // 9 at -1 s is before the span and 7 at 40 s is at its end: both out; 6 at 25 s is the highest inside.
        List<ModelStep> steps = [Hpa(-1, 9), Hpa(0, 2), Hpa(10, 5), Keda(20, 3), Hpa(25, 6), Hpa(40, 7)];

        Assert.Equal(6, TuningMeasure.Peak(steps, At(0), At(40)));
        Assert.Equal(7, TuningMeasure.Peak(steps, At(0), At(41)));
        Assert.Equal(0, TuningMeasure.Peak(steps, At(100), At(200)));
    }

    [Fact]
    public void Changes_counts_hpa_syncs_that_changed_the_count_within_the_span()
    {
        // In force before 0 s: 3 (the sync at -15 s; the KEDA poll at -5 s with 9 is not a count).
        // From 0 s: 3 (same), 4 (change 1), KEDA 2 (ignored), 4 (same), 3 (change 2); at 100 s (the end) 6 and
        // after it 2 are not counted. Two changes.
        List<ModelStep> steps =
        [
            Hpa(-15, 3), Keda(-5, 9),
            Hpa(0, 3), Hpa(15, 4), Keda(20, 2), Hpa(30, 4), Hpa(45, 3),
            Hpa(100, 6), Hpa(115, 2),
        ];

        Assert.Equal(2, TuningMeasure.Changes(steps, At(0), At(100)));
        // Up to 101 s the 6 at 100 s is a third change.
        Assert.Equal(3, TuningMeasure.Changes(steps, At(0), At(101)));
    }

    [Fact]
    public void Changes_compares_the_first_sync_with_the_count_in_force_before_the_span()
    {
        // 3 in force, the first sync inside sets 4: one change.
        Assert.Equal(1, TuningMeasure.Changes([Hpa(-15, 3), Hpa(0, 4), Hpa(15, 4)], At(0), At(30)));
        // The same from -15 s on: nothing was in force before, 3 -> 4 is the one change.
        Assert.Equal(1, TuningMeasure.Changes([Hpa(-15, 3), Hpa(0, 4), Hpa(15, 4)], At(-15), At(30)));
        // No sync before the span: the first one inside is the first count, not a change.
        Assert.Equal(0, TuningMeasure.Changes([Hpa(0, 4), Hpa(15, 4)], At(0), At(30)));
    }

    [Fact]
    public void Changes_ignores_keda_polls_entirely()
    {
        // Were the polls counted, 4 -> 2 -> 4 -> 6 -> 4 would be four changes.
        List<ModelStep> steps = [Hpa(-15, 4), Keda(0, 2), Hpa(0, 4), Keda(15, 6), Hpa(15, 4)];

        Assert.Equal(0, TuningMeasure.Changes(steps, At(0), At(30)));
    }
}
