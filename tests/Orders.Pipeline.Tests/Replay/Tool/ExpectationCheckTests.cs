using Orders.Pipeline.Replay;

namespace Orders.Pipeline.Tests.Replay.Tool;

/// <summary>Gates judged on a summary.json as ReplayWriter renders it (two ScaledObjects).</summary>
public sealed class ExpectationCheckTests
{
    private const string Summary = """
        { "model": { "kubernetes": "1.33", "keda": "2.20.2" },
          "scaledObjects": [
            { "name": "current", "source": "a.yaml", "query": "q",
              "peakReplicas": { "min": 5, "median": 5, "max": 6 },
              "secondsToPeak": { "min": 22, "median": 29, "max": 36 },
              "secondsBackToMin": { "min": 115, "median": 122, "max": null },
              "warnings": [], "fallback": null },
            { "name": "proposed", "source": "b.yaml", "query": "q",
              "peakReplicas": { "min": 4, "median": 4, "max": 4 },
              "secondsToPeak": null,
              "secondsBackToMin": { "min": 60, "median": 60, "max": 60 },
              "warnings": [],
              "fallback": { "failureThreshold": 3, "replicas": 6, "behavior": "static", "inForce": [], "timings": 15, "timingsInForce": 0 } } ] }
        """;

    private static IReadOnlyList<string> Failures(params string[] gates) =>
        ExpectationCheck.Failures([.. gates.Select(g => Expectation.Parse("expect", g))], Summary);

    [Fact]
    public void A_gate_that_holds_for_every_scaledobject_fails_nothing()
    {
        Assert.Empty(Failures("peakReplicas.max <= 6", "secondsBackToMin.min >= 60"));
    }

    [Fact]
    public void A_failed_gate_names_the_scaledobject_the_gate_and_the_actual_value()
    {
        Assert.Equal(["expectation failed: proposed: peakReplicas.median >= 5 (actual 4)"], Failures("peakReplicas.median >= 5"));
    }

    [Fact]
    public void A_figure_named_whole_must_hold_for_every_timing_and_a_prefix_names_it()
    {
        // current's peak is 5..6: "peak <= 5" fails on its max; proposed's 4..4 holds.
        Assert.Equal(["expectation failed: current: peak <= 5 (actual 5 / 5 / 6 (min / median / max))"], Failures("peak <= 5"));
    }

    [Fact]
    public void A_null_figure_fails_every_gate_because_never_is_no_number()
    {
        Assert.Equal(
            ["expectation failed: current:secondsBackToMin.max <= 1000 (actual null: no HPA timing got there within the range)"],
            Failures("current:secondsBackToMin.max <= 1000"));
        Assert.Single(Failures("proposed:secondsToPeak.median >= 0"));
    }

    [Fact]
    public void A_label_limits_the_gate_to_one_scaledobject()
    {
        Assert.Empty(Failures("current:peakReplicas.max == 6"));
        Assert.Empty(Failures("proposed:fallback.timingsInForce == 0"));
    }

    [Fact]
    public void An_unknown_name_is_bad_input_listing_the_names_there_are()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ExpectationCheck.Failures([Expectation.Parse("expect", "replicaHours <= 3")], Summary));

        Assert.Contains("--expect 'replicaHours <= 3': current has no figure 'replicaHours' in summary.json; the names are peakReplicas, peakReplicas.min,", error.Message, StringComparison.Ordinal);
        Assert.Contains("secondsBackToMin.max", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_label_is_bad_input_listing_the_labels()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ExpectationCheck.Failures([Expectation.Parse("expect", "ours:peak >= 1")], Summary));

        Assert.Contains("no ScaledObject is labelled 'ours'; the labels are current, proposed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prefix_that_starts_two_keys_is_unknown()
    {
        // "seconds" starts secondsToPeak and secondsBackToMin: ambiguous, so refused rather than guessed.
        Assert.Throws<ArgumentException>(() => ExpectationCheck.Failures([Expectation.Parse("expect", "seconds <= 3")], Summary));
    }
}
