using Orders.Pipeline.Local;
using Orders.Pipeline.Scaling;
using RepositoryRoot = Orders.TestSupport.RepositoryRoot;

namespace Orders.Pipeline.Tests.Local;

/// <summary>
/// The chaos verdict is tied to the outage (review of issue 23 item 2): a fallback period or the alert's true
/// stretch counts only where it overlaps the kill to Prometheus ready + the query's window + failureThreshold polls.
/// Before, any fallback ending after the kill and the alert true at any second passed.
/// </summary>
public sealed class ChaosWindowTests
{
    /// <summary>k8s/base: query over [20s], pollingInterval 15, failureThreshold 3.</summary>
    private static ScaledObjectSpec Manifest() =>
        ScaledObjectReader.Read(File.ReadAllText(RepositoryRoot.Combine("k8s", "base", "scaledobject.yaml")), "k8s/base/scaledobject.yaml");

    [Fact]
    public void Ends_the_query_window_and_failureThreshold_polls_after_Prometheus_is_back()
    {
        var window = ChaosWindow.Of(Manifest(), down: 120, up: 180);

        Assert.Equal((120, 180 + 20 + 3 * 15), (window.From, window.To));
        Assert.Equal("t=120-245 s: the kill to Prometheus ready + the query's 20s window + failureThreshold polls (45 s)", window.Describe());
    }

    [Theory]
    [InlineData(135, 190, true)] // during the outage
    [InlineData(200, 230, true)] // a short outage's fallback, on reads still empty after Prometheus is back
    [InlineData(60, 121, true)]  // a period reaching into the kill
    [InlineData(500, 560, false)] // long after recovery: not the outage's doing
    [InlineData(30, 90, false)]   // before the kill
    [InlineData(245, 300, false)] // starting as the window ends
    public void Counts_a_period_only_where_it_overlaps_the_outage(int from, int to, bool counts) =>
        Assert.Equal(counts, ChaosWindow.Of(Manifest(), down: 120, up: 180).Overlaps(from, to));

    [Fact]
    public void Takes_the_longest_range_of_any_trigger_subqueries_included()
    {
        var spec = Manifest() with
        {
            Triggers = [.. Manifest().Triggers, Manifest().FirstTrigger with { Query = "max_over_time(rate(x[1m])[5m:30s])" }],
        };

        Assert.Equal(TimeSpan.FromMinutes(5), ChaosWindow.Of(spec, 0, 10).QueryWindow);
    }

    [Fact]
    public void Reads_a_bracket_in_a_label_regex_as_text_not_as_a_range()
    {
        var spec = Manifest() with
        {
            Triggers = [Manifest().FirstTrigger with { Query = "sum(rate(x{path=~\"/v[5m]\"}[30s]))" }],
        };

        Assert.Equal(TimeSpan.FromSeconds(30), ChaosWindow.Of(spec, 0, 10).QueryWindow);
    }
}
