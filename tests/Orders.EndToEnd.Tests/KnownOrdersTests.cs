using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Load;
using Orders.Pipeline.Manifests;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Replay;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.EndToEnd.Tests;

/// <summary>
/// The whole chain on one machine: a known number of orders through the real app, its access log, the
/// exporter and a real Prometheus must come out as exactly that count, as the rate the ScaledObject's query
/// implies, and as the replica count KEDA + HPA would set for it.
/// </summary>
[Trait("Category", "Process")]
public sealed class KnownOrdersTests(LocalStackFixture stack) : IClassFixture<LocalStackFixture>
{
    private const int Orders = 300;

    [ToolFact("prometheus", "kubectl")]
    public async Task Prometheus_counts_every_order_and_the_query_and_model_follow_from_it()
    {
        var yaml = await ManifestRenderer.RenderAsync(new ProcessRunner(TextWriter.Null), stack.Options.Manifests, CancellationToken.None);
        var spec = ScaledObjectReader.Read(yaml, "k8s/base");
        // The load outlasts the query's window by 10 s, so the window can be read wholly inside it: 300 orders over
        // 30 s (10/s) for ours' 20 s window, whatever the window is.
        var window = QueryWindow.Of(spec.FirstTrigger.Query) ?? throw new InvalidOperationException($"ours' query has no range window: {spec.FirstTrigger.Query}");
        var seconds = Math.Max(15, (int)Math.Ceiling(window.TotalSeconds) + 10);
        var rate = (double)Orders / seconds;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + 60));
        const string counter = "sum(product_order_total{namespace=\"orders\"})";
        await WaitForAsync(async () => !(await stack.Prometheus.QueryAsync(counter, null, cts.Token)).IsEmpty, cts.Token);

        // When exactly 300 orders are placed with POST /orders, evenly over the load
        using var sender = new HttpRequestSender(stack.Options.AppUrl, LoadEndpoint.Orders, 64, TimeSpan.FromSeconds(10));
        var started = DateTimeOffset.UtcNow;
        var profile = LoadProfile.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{seconds}s:{rate:0.######}"));
        var load = await new LoadEngine(sender, new LoadOptions(64), TimeProvider.System).RunAsync(profile, cts.Token);
        Assert.Equal(Orders, load.Ok);

        // Then Prometheus's product_order_total reaches exactly 300
        double? total = null;
        await WaitForAsync(async () => (total = (await stack.Prometheus.QueryAsync(counter, null, cts.Token)).SingleValueOrNull(counter)) >= Orders, cts.Token);
        // Two more scrapes (sample timestamps past the moment 300 was seen): a double count would show now.
        var seen = await LatestScrapeAsync(cts.Token);
        var next = 0.0;
        await WaitForAsync(async () => (next = await LatestScrapeAsync(cts.Token)) > seen, cts.Token);
        await WaitForAsync(async () => await LatestScrapeAsync(cts.Token) > next, cts.Token);
        Assert.Equal(Orders, (await stack.Prometheus.QueryAsync(counter, null, cts.Token)).SingleValueOrNull(counter));

        // And the ScaledObject's query, read 2 s before the load's end (its window then lies inside the load, past
        // the exporter's sub-second lag), gives the load's rate
        var at = started.AddSeconds(seconds - 2);
        var reading = KedaPrometheusValue.Read(at, spec.FirstTrigger.Query, await stack.Prometheus.QueryAsync(spec.FirstTrigger.Query, at, cts.Token), spec.FirstTrigger.IgnoreNullValues);
        Assert.NotNull(reading.Value);
        Assert.InRange(reading.Value!.Value, rate * 0.95, rate * 1.1); // rate() extrapolates by up to half a scrape

        // And KEDA + HPA answer ceil(reading / threshold). With min 1 and rate / 4.35 orders/s per replica, every
        // reading the range above allows (0.95..1.1 x rate -> 4.1..4.8) gives 5: not the min, and not what 240
        // orders (0.8 x: 3.5 -> 4), 360 orders (1.2 x: 5.2 -> 6) or a double count (2 x: max 6) would give.
        var strict = spec with { MinReplicaCount = 1, Triggers = [spec.FirstTrigger with { Threshold = rate / 4.35 }] };
        Assert.Equal(5, await ModelAnswerAsync(strict, at, cts.Token));
    }

    private async Task<int> ModelAnswerAsync(ScaledObjectSpec spec, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var steps = await new ScaledObjectEvaluator(stack.Prometheus).EvaluateAsync("e2e", "k8s/base", spec, at, 1, cancellationToken);
        return steps.Steps.Last().Replicas;
    }

    // The timestamp (Unix seconds) of the newest scraped sample of the counter: it moves once per scrape.
    private async Task<double> LatestScrapeAsync(CancellationToken cancellationToken)
    {
        const string query = "max(timestamp(product_order_total{namespace=\"orders\"}))";
        return (await stack.Prometheus.QueryAsync(query, null, cancellationToken)).SingleValueOrNull(query) ?? 0;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, CancellationToken cancellationToken)
    {
        // Polling with a deadline: the exporter tails a file and Prometheus scrapes once a second; no event says when.
        while (!await condition())
        {
            await Task.Delay(250, cancellationToken);
        }
    }
}
