using Orders.Pipeline.Replay;

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
}
