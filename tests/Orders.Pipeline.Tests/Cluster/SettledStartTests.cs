using Microsoft.Extensions.Time.Testing;
using Orders.Pipeline.Cluster;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Load;
using Orders.Pipeline.Manifests;

namespace Orders.Pipeline.Tests.Cluster;

/// <summary>LoadTest starts its load only from minReplicaCount ready pods, an HPA asking for no more and no
/// fallback in force: after a first Deploy the ScaledObject may be on its fallback at 6 replicas (through a stub
/// kubectl whose answers change from read to read, on a fake clock).</summary>
public sealed class SettledStartTests
{
    private const string OnFallback = """
        {"items":[{"kind":"Deployment","status":{"readyReplicas":6}},
          {"kind":"HorizontalPodAutoscaler","status":{"currentReplicas":6,"desiredReplicas":6}},
          {"kind":"ScaledObject","status":{"conditions":[{"type":"Ready","status":"True"},{"type":"Fallback","status":"True"}]}}]}
        """;

    private const string AtMin = """
        {"items":[{"kind":"Deployment","status":{"readyReplicas":2}},
          {"kind":"HorizontalPodAutoscaler","status":{"currentReplicas":2,"desiredReplicas":2}},
          {"kind":"ScaledObject","status":{"conditions":[{"type":"Ready","status":"True"},{"type":"Fallback","status":"False"}]}}]}
        """;

    private readonly WaitSignallingTime _time = new();

    [Fact]
    public async Task Waits_while_the_ScaledObject_is_on_its_fallback_and_starts_once_back_at_min()
    {
        var kubectl = new SequenceRunner(OnFallback, OnFallback, AtMin);
        var output = new StringWriter();

        await Drive(Start(kubectl, output).WaitAsync(TimeSpan.FromMinutes(5), CancellationToken.None));

        Assert.Equal(3, kubectl.Reads);
        Assert.Contains("the ScaledObject is on its fallback (condition Fallback=True)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("settled: 2 ready replicas", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_settled_cluster_costs_one_read()
    {
        var kubectl = new SequenceRunner(AtMin);
        var output = new StringWriter();

        await Drive(Start(kubectl, output).WaitAsync(TimeSpan.FromMinutes(5), CancellationToken.None));

        Assert.Equal(1, kubectl.Reads);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task A_fallback_that_lasts_past_the_limit_stops_LoadTest_saying_what_to_check()
    {
        var kubectl = new SequenceRunner(OnFallback);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Drive(Start(kubectl, TextWriter.Null).WaitAsync(TimeSpan.FromMinutes(1), CancellationToken.None)));

        Assert.Contains("after 60 s the ScaledObject is on its fallback", error.Message, StringComparison.Ordinal);
        Assert.Contains("--target=Smoke", error.Message, StringComparison.Ordinal);
        Assert.InRange(kubectl.Reads, 12, 14);
    }

    private SettledStart Start(IProcessRunner kubectl, TextWriter output)
    {
        var settings = Orders.Pipeline.Tests.Deploy.TestCluster.Settings(Path.GetTempPath());
        var options = new ClusterOptions(settings, Path.GetTempPath(), LoadProfile.Parse("1s:1"), LoadEndpoint.Parse("product"), new LoadOptions(1, TimeSpan.FromSeconds(1)), null, null);
        var status = new KubectlStatus(options, new ScaledWorkload("orders", "orders", "keda-hpa-orders", 8181), kubectl);
        return new SettledStart(status, 2, _time, output);
    }

    // Advances the fake clock one sampling interval each time SettledStart starts waiting, and only then: advancing
    // before its timer exists would move the clock without a read (a race that failed this test under load).
    private async Task Drive(Task wait)
    {
        while (!wait.IsCompleted)
        {
            var waiting = _time.TimerCreated.WaitAsync(TimeSpan.FromSeconds(30));
            if (await Task.WhenAny(wait, waiting) == wait)
            {
                break;
            }
            if (!await waiting)
            {
                throw new TimeoutException("SettledStart neither waited for its next sample nor finished within 30 s.");
            }
            _time.Advance(ClusterVerb.SampleEvery);
        }
        await wait;
    }

    /// <summary>A fake clock that says when a timer is created: SettledStart's only timer is its wait between samples.</summary>
    private sealed class WaitSignallingTime : FakeTimeProvider
    {
        public SemaphoreSlim TimerCreated { get; } = new(0);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            TimerCreated.Release();
            return timer;
        }
    }

    /// <summary>Answers each kubectl read with the next JSON, repeating the last one.</summary>
    private sealed class SequenceRunner(params string[] answers) : IProcessRunner
    {
        public int Reads { get; private set; }

        public Task<ToolResult> RunAsync(ToolCall call, CancellationToken cancellationToken) =>
            Task.FromResult(new ToolResult(0, answers[Math.Min(Reads++, answers.Length - 1)], ""));

        public IRunningTool Start(ToolCall call, Action<string> onLine) => throw new NotSupportedException("SettledStart starts no tool");
    }
}
