using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using Orders.Pipeline.Load;

namespace Orders.Pipeline.Tests.Load;

/// <summary>The open model against a real Kestrel server, on a fake clock: the schedule, not the server,
/// decides when requests leave. Asserted by counts, never by wall-clock timings.</summary>
public sealed class LoadEngineScheduleTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Keeps_sending_on_schedule_while_the_server_answers_nothing()
    {
        // Given a server that holds every request until released, and a 4 s profile of 60 requests
        await using var server = await SlowServer.StartAsync(slow: true);
        var profile = LoadProfile.Parse("2s:0->20, 2s:20");
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var sender = new HttpRequestSender(server.Address, LoadEndpoint.Product, 100, TimeSpan.FromMinutes(1));
        var live = new StringWriter();
        var engine = new LoadEngine(sender, new LoadOptions(MaxConcurrency: 100), clock, live);
        var waits = Channel.CreateUnbounded<TimeSpan>();
        engine.Waiting += next => waits.Writer.TryWrite(next);
        using var cts = new CancellationTokenSource(Deadline);

        // When the clock moves from one wait to the next until the profile's end
        var run = engine.RunAsync(profile, cts.Token);
        var elapsed = TimeSpan.Zero;
        while (elapsed < profile.Duration)
        {
            var next = await waits.Reader.ReadAsync(cts.Token);
            // Then at every instant all requests due so far have left, though none has been answered
            Assert.Equal(profile.SendTimes().Count(t => t <= elapsed), engine.Due);
            clock.Advance(next - elapsed);
            elapsed = next;
        }

        // Then the server receives exactly the scheduled count while still answering none
        await WaitUntil(() => server.Received == profile.TotalRequests, cts.Token);
        Assert.False(run.IsCompleted);
        Assert.Equal(60, engine.InFlight);

        server.Release();
        var result = await run;
        Assert.Equal(60, result.Scheduled);
        Assert.Equal(60, result.Sent);
        Assert.Equal(60, result.Ok);
        Assert.Equal(0, result.Dropped + result.Errors + result.Timeouts);
        Assert.Equal([5, 15, 20, 20], result.Seconds.Take(4).Select(s => s.Sent));
        Assert.Equal(4, live.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_request_beyond_the_concurrency_bound_is_dropped_and_counted_not_delayed()
    {
        await using var server = await SlowServer.StartAsync(slow: true);
        var profile = LoadProfile.Parse("1s:20");
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var sender = new HttpRequestSender(server.Address, LoadEndpoint.Product, 5, TimeSpan.FromMinutes(1));
        var engine = new LoadEngine(sender, new LoadOptions(MaxConcurrency: 5), clock);
        using var cts = new CancellationTokenSource(Deadline);
        engine.Waiting += _ => clock.Advance(TimeSpan.FromSeconds(1)); // jump past the whole second at once

        var run = engine.RunAsync(profile, cts.Token);
        await WaitUntil(() => server.Received == 5, cts.Token);
        server.Release();
        var result = await run;

        Assert.Equal(5, result.Sent);
        Assert.Equal(15, result.Dropped);
        Assert.Equal(5, result.Ok);
        Assert.Equal(5, server.Received);
    }

    [Fact]
    public async Task Sends_exactly_the_scheduled_count_to_a_fast_server()
    {
        await using var server = await SlowServer.StartAsync(slow: false);
        var profile = LoadProfile.Parse("1s:0->30, 1s:30->0");
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var sender = new HttpRequestSender(server.Address, LoadEndpoint.Product, 10, TimeSpan.FromMinutes(1));
        var engine = new LoadEngine(sender, new LoadOptions(MaxConcurrency: 64), clock);
        using var cts = new CancellationTokenSource(Deadline);
        engine.Waiting += next => clock.SetUtcNow(DateTimeOffset.UnixEpoch + next); // straight to the next send

        var result = await engine.RunAsync(profile, cts.Token);

        Assert.Equal(30, profile.TotalRequests);
        Assert.Equal(30, result.Sent);
        Assert.Equal(30, server.Received);
        Assert.Equal(30, result.Ok);
    }

    private static async Task WaitUntil(Func<bool> condition, CancellationToken cancellationToken)
    {
        // Polling with a deadline: the condition depends on a real server's sockets, not on our clock.
        while (!condition())
        {
            await Task.Delay(10, cancellationToken);
        }
    }
}
