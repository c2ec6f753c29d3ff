using Orders.Pipeline.Tuning;

namespace Orders.Pipeline.Tests.Tuning;

/// <summary>The pairs the study weighs: a window must hold two scrapes for rate() to have an answer, four for one
/// missed scrape to leave it one.</summary>
public sealed class TuningCandidateTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Grid_keeps_only_pairs_whose_window_holds_two_scrapes_in_order()
    {
        // By hand, window >= 2 x scrape: 5s with 15s, 20s, 30s, 1m (>= 10s); 10s with 20s, 30s, 1m (>= 20s: 20s
        // itself is in, 19s is not); 15s with 30s, 1m (>= 30s). Duplicates and order of the input do not matter.
        var grid = TuningCandidate.Grid([S(15), S(5), S(10), S(5)], [S(60), S(19), S(20), S(15), S(30), S(20)]);

        Assert.Equal(
            [
                (5, 15), (5, 19), (5, 20), (5, 30), (5, 60),
                (10, 20), (10, 30), (10, 60),
                (15, 30), (15, 60),
            ],
            grid.Select(c => ((int)c.Scrape.TotalSeconds, (int)c.Window.TotalSeconds)));
    }

    [Fact]
    public void Grid_is_empty_when_no_window_holds_two_scrapes()
    {
        Assert.Empty(TuningCandidate.Grid([S(30)], [S(20), S(59)]));
    }

    [Theory]
    [InlineData(5, 20, 4, true)]
    [InlineData(15, 60, 4, true)]
    [InlineData(5, 60, 12, true)]
    [InlineData(10, 30, 3, false)]
    [InlineData(5, 15, 3, false)]
    [InlineData(10, 35, 3.5, false)]
    [InlineData(10, 20, 2, false)]
    public void Is_robust_from_four_samples_per_window(int scrape, int window, double samples, bool robust)
    {
        var candidate = new TuningCandidate(S(scrape), S(window));

        Assert.Equal(samples, candidate.SamplesPerWindow);
        Assert.Equal(robust, candidate.Robust);
    }

    [Fact]
    public void WithWindow_puts_its_window_into_the_projects_query()
    {
        var query = "sum(rate(product_order_total{job=\"orders-exporter\",namespace=\"tune\"}[1m]))";

        Assert.Equal(
            "sum(rate(product_order_total{job=\"orders-exporter\",namespace=\"tune\"}[20s]))",
            new TuningCandidate(S(5), S(20)).WithWindow(query));
        Assert.Equal(
            "sum(rate(product_order_total{job=\"orders-exporter\",namespace=\"tune\"}[1m30s]))",
            new TuningCandidate(S(15), S(90)).WithWindow(query));
    }

    [Fact]
    public void Names_itself_in_Prometheus_durations()
    {
        Assert.Equal("scrape 5s, window 1m", new TuningCandidate(S(5), S(60)).ToString());
    }
}
