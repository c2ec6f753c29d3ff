using Microsoft.Extensions.Time.Testing;
using Orders.Pipeline.Load;
using Orders.Pipeline.Local;
using Orders.Pipeline.Tests.Load;

namespace Orders.Pipeline.Tests.Local;

/// <summary>--chaos's grammar and where the outage sits (issue 23 item 2), and the report of a run stopped halfway (item 12).</summary>
public sealed class LocalChaosTests
{
    [Fact]
    public void Prometheus_stop_sits_in_the_middle_of_the_hold()
    {
        var chaos = LocalChaos.Parse("prometheus-stop:60s");

        Assert.Equal(TimeSpan.FromSeconds(60), chaos!.PrometheusStop);
        Assert.Equal(TimeSpan.FromSeconds(20), chaos.StopAt(LoadProfile.Parse("10s:0->50, 80s:50, 10s:0"))); // hold 10-90 s
        Assert.Null(LocalChaos.Parse("none"));
    }

    [Theory]
    [InlineData("prometheus-stop")]
    [InlineData("prometheus-stop:0s")]
    [InlineData("prometheus-stop:soon")]
    [InlineData("exporter-stop:60s")]
    public void Anything_else_is_refused_naming_the_grammar(string text)
    {
        var e = Assert.Throws<FormatException>(() => LocalChaos.Parse(text));
        Assert.Contains(LocalChaos.Grammar, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outage_longer_than_the_hold_is_refused_before_anything_starts()
    {
        var e = Assert.Throws<ArgumentException>(() => LocalChaos.Parse("prometheus-stop:90s")!.StopAt(LoadProfile.Parse("10s:0->50, 80s:50, 10s:0")));
        Assert.Contains("its longest hold is 80 s", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_stopped_before_the_load_says_so_and_what_had_passed()
    {
        var progress = new LocalProgress(new FakeTimeProvider());
        progress.Enter("running the Smoke checks");
        progress.Pass("Smoke checks passed.");

        var report = InterruptedReport.Render(progress, Path.GetTempPath());

        Assert.StartsWith("# Local run interrupted at t=0 (before the load started)\n", report, StringComparison.Ordinal);
        Assert.Contains("stopped while running the Smoke checks", report, StringComparison.Ordinal);
        Assert.Contains("- Smoke checks passed.", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_stopped_during_the_load_is_dated_when_it_was_told_to_stop_not_when_its_processes_had_gone()
    {
        // Given a run told to stop 42 s into the load, whose processes then take 30 s to stop
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var progress = new LocalProgress(clock);
        progress.LoadStarts(new LoadEngine(new InstantSender(), new LoadOptions(), clock), LoadProfile.Parse("300s:5"));
        clock.Advance(TimeSpan.FromSeconds(42));
        progress.Stopped();
        clock.Advance(TimeSpan.FromSeconds(30));

        // When its report is written
        var report = InterruptedReport.Render(progress, Path.GetTempPath());

        // Then it says t=42 s, not 72 s
        Assert.StartsWith("# Local run interrupted at t=42 s into the load\n", report, StringComparison.Ordinal);
    }
}
