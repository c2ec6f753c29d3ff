using Microsoft.Extensions.Time.Testing;
using Orders.Pipeline.Load;

namespace Orders.Pipeline.Tests.Load;

public sealed class LoadEngineOutcomeTests
{
    /// <summary>Answers from a script, in order, without any network.</summary>
    private sealed class ScriptedSender(params RequestOutcome[] outcomes) : IRequestSender
    {
        private int _next = -1;

        public Task<RequestOutcome> SendAsync(CancellationToken cancellationToken) =>
            Task.FromResult(outcomes[Interlocked.Increment(ref _next) % outcomes.Length]);
    }

    [Fact]
    public async Task Counts_errors_and_timeouts_apart_from_successes_and_prints_a_line_per_second()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var live = new StringWriter();
        var engine = new LoadEngine(
            new ScriptedSender(RequestOutcome.Ok, RequestOutcome.HttpError, RequestOutcome.Ok, RequestOutcome.Timeout),
            new LoadOptions(), clock, live);
        engine.Waiting += next => clock.SetUtcNow(DateTimeOffset.UnixEpoch + next);

        var result = await engine.RunAsync(LoadProfile.Parse("2s:20"), CancellationToken.None);

        Assert.Equal(40, result.Sent);
        Assert.Equal(20, result.Ok);
        Assert.Equal(10, result.Errors);
        Assert.Equal(10, result.Timeouts);
        var lines = live.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("sent=    20", lines[0], StringComparison.Ordinal);
        Assert.Contains("errors=   10", lines[1], StringComparison.Ordinal);
        Assert.Matches(@"p50=\s*\d+ms p99=\s*\d+ms", lines[1]);
    }

    [Fact]
    public void Percentiles_use_the_nearest_rank()
    {
        double[] sorted = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

        Assert.Equal(50, LoadRecorder.Percentile(sorted, 0.50));
        Assert.Equal(99, LoadRecorder.Percentile(sorted, 0.99));
        Assert.Null(LoadRecorder.Percentile([], 0.5));
    }
}
