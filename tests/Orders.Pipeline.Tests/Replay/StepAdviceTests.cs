using Orders.Pipeline.Replay;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Replay;

public sealed class StepAdviceTests
{
    [Fact]
    public void A_20s_window_over_15s_samples_says_it_holds_1_or_2_and_that_1s_matches_KEDA()
    {
        var advice = StepAdvice.For("sum(rate(x[20s]))", TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30));

        Assert.Contains("holds only 1-2 samples scraped every 15 s", advice, StringComparison.Ordinal);
        Assert.Contains("`--step=1s` matches it", advice, StringComparison.Ordinal);
        Assert.Contains("this replay read it every 15 s", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_of_4_scrapes_says_steps_should_agree()
    {
        var advice = StepAdvice.For("sum(rate(x[1m]))", TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

        Assert.Contains("holds 4 samples", advice, StringComparison.Ordinal);
        Assert.Contains("steps should agree", advice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50s_window_over_15s_scrapes_agrees_with_the_lint_that_it_is_too_short()
    {
        const string query = "sum(rate(x[50s]))";
        var scrape = TimeSpan.FromSeconds(15);

        var advice = StepAdvice.For(query, scrape, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        var lint = QueryLint.For(new PrometheusTrigger("http://prometheus", query, 10), PrometheusScrapeInterval.Uniform(scrape));

        Assert.Contains(lint, w => w.Contains("under 4 scrape intervals", StringComparison.Ordinal));
        Assert.DoesNotContain("steps should agree", advice, StringComparison.Ordinal);
        Assert.Contains("holds only 3-4 samples", advice, StringComparison.Ordinal);
    }
}
