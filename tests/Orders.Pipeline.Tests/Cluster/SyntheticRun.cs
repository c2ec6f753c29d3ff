using Orders.Pipeline.Cluster;
using Orders.Pipeline.Load;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Cluster;

/// <summary>
/// A recorded LoadTest run made from the model, as a healthy cluster would give it: the load's rate seen
/// through the query's window, KEDA's HPA following one HPA timing of the model, new pods ready
/// <see cref="PodStart"/> after being scheduled, and ready replicas dropping as soon as the HPA scales down.
/// Each mutation changes one thing a broken deployment changes.
/// </summary>
internal static class SyntheticRun
{
    public const int PodStart = 10;
    public const double Rate = 45;
    private const int Seconds = 560;
    private const int Timing = 7;

    public static readonly LoadProfile Profile = LoadProfile.Parse("30s:0->45, 120s:45, 30s:0");

    public static readonly ScaledObjectSpec Spec = new("orders", "orders", new PrometheusTrigger("http://prometheus", "sum(rate(product_order_total{namespace=\"orders\"}[20s]))", 10), 2, 10);

    public static RecordedRun Correct() => Build(Windowed(20), Windowed(20));

    /// <summary>Every order counted twice (two scrape jobs on the same exporter): KEDA's HPA and the model both
    /// follow the doubled query, so only the load's own rate can tell.</summary>
    public static RecordedRun DoubledSignal()
    {
        var doubled = Windowed(20).Select(v => v * 2).ToList();
        return Build(doubled, doubled);
    }

    /// <summary>The cluster runs a stale 1m window while the manifests (and so the model) say 20 s.</summary>
    public static RecordedRun OneMinuteWindowDeployed() => Build(Windowed(20), Windowed(60));

    /// <summary>One of the five pods is not scraped once they are up: the sum reads 4/5 of the rate, for KEDA
    /// and the model alike.</summary>
    public static RecordedRun OnePodSeriesMissing()
    {
        var missing = Windowed(20).Select((v, t) => t >= 70 ? v * 4 / 5 : v).ToList();
        return Build(missing, missing);
    }

    /// <summary>One of the new pods crash-loops: its container restarted 4 times.</summary>
    public static RecordedRun CrashLoopingPod()
    {
        var run = Correct();
        return run with { Pods = [.. run.Pods.Select((p, i) => i == run.Pods.Count - 1 ? p with { RestartsLast = 4 } : p)] };
    }

    /// <summary>KEDA's metric never reaches the HPA: desired and ready stay at min.</summary>
    public static RecordedRun HpaNeverMoves()
    {
        var run = Correct();
        return run with { Samples = [.. run.Samples.Select(s => s with { HpaCurrent = 2, HpaDesired = 2, ReadyReplicas = 2 })], Pods = run.Pods.Take(2).ToList() };
    }

    /// <summary>The query's value each second: the mean of the load's rate over the window (whole seconds).</summary>
    private static List<double?> Windowed(int window) =>
        Enumerable.Range(0, Seconds).Select(t => (double?)Enumerable.Range(t - window + 1, window).Where(s => s >= 0).Sum(RateAt) / window).ToList();

    private static double RateAt(int second)
    {
        var at = TimeSpan.FromSeconds(second);
        foreach (var stage in Profile.Stages)
        {
            if (at < stage.Duration)
            {
                return stage.RateAt(at);
            }
            at -= stage.Duration;
        }
        return 0;
    }

    /// <summary>The model (on <paramref name="modelled"/>) is what the recorded query shows; the cluster follows the
    /// HPA timing <see cref="Timing"/> of a replay on <paramref name="deployed"/>.</summary>
    private static RecordedRun Build(List<double?> modelled, List<double?> deployed)
    {
        var start = RecordedRun.Start;
        var readings = deployed.Select((v, i) => MetricReading.Ok(start.AddSeconds(i), v!.Value, v)).ToList();
        var steps = ScalingTimings.Run(Spec, readings, start)[Timing];
        int Desired(double t) => steps.LastOrDefault(s => s.At <= start.AddSeconds(t))?.Replicas ?? Spec.MinReplicaCount;
        var samples = Enumerable.Range(0, Seconds / 5).Select(i => i * 5 + 0.5).Select(t => new ClusterSample(start.AddSeconds(t),
            Math.Min(Desired(t), Desired(t - PodStart)), Desired(t), Desired(t), "True", "True", modelled[(int)t], null)).ToList();
        var pods = new List<PodRecord> { new("orders-a", -600, -590, 0, 0), new("orders-b", -600, -590, 0, 0) };
        var count = Spec.MinReplicaCount;
        foreach (var step in steps.Where(s => s.Replicas > count || s.Replicas < count))
        {
            for (; count < step.Replicas; count++)
            {
                var at = (step.At - start).TotalSeconds;
                pods.Add(new PodRecord($"orders-{count}-{at:0}", at, at + PodStart, 0, 0));
            }
            count = step.Replicas;
        }
        return new RecordedRun(Profile, Rate, Spec, TimeSpan.FromSeconds(5), samples, modelled, pods);
    }
}
