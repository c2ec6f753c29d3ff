using System.Globalization;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Monitoring;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Local;

/// <summary>
/// What a --chaos prometheus-stop run proves, as report lines: the model's fallback over the outage (KEDA's reads
/// failing past failureThreshold, the HPA on the fallback's count), the alert <see cref="Alert"/>'s own expression
/// turning true, and the recovery. The alert reads kube-state-metrics' series of the ScaledObject's condition,
/// which Local has no cluster to produce: <see cref="FallbackConditionSeries"/> writes it from the model, promtool
/// backfills it into a snapshot of the run's TSDB (<see cref="LocalPrometheus.SnapshotAsync"/>), Prometheus is
/// started again on that snapshot, and the expression it loaded from k8s/monitoring runs over the run, so the rule
/// that ships is the one judged. Fails the run when the fallback never took over or the expression never turned true
/// within the outage's <see cref="ChaosWindow"/>, or the fallback had not ended by the run's end.
/// </summary>
public sealed class ChaosFindings(PrometheusClient prometheus, LocalPrometheus server, LocalOptions options, TextWriter output)
{
    public const string Alert = "OrdersScalingOnFallback";

    public async Task<(bool Passed, IReadOnlyList<string> Lines)> RunAsync(ScaledObjectRun ours, string @namespace, PrometheusOutage outage,
        DateTimeOffset start, int seconds, CancellationToken cancellationToken)
    {
        double T(DateTimeOffset at) => (at - start).TotalSeconds;
        var (down, up) = (outage.StoppedAt!.Value, outage.ReadyAt!.Value);
        var window = ChaosWindow.Of(ours.Spec, T(down), T(up));
        var lines = new List<string>
        {
            Inv($"chaos: Prometheus killed at t={T(down):0} s, started again on the same TSDB, ready at t={T(up):0} s (--chaos {options.Chaos})"),
            $"chaos: the fallback and the alert count only where they overlap the outage's window, {window.Describe()}",
        };

        var fallback = FallbackPeriods.Of(ours, start, seconds);
        var held = ours.Steps.Where(s => s.Fallback && s.Loop == "hpa").Select(s => s.Replicas).DefaultIfEmpty().ToList();
        var tookOver = fallback.Periods.Any(p => window.Overlaps(p.From, p.To)); // a short outage may fall back only after it, on reads still empty
        lines.Add((tookOver ? "OK   " : "FAIL ") + (fallback.Describe() ?? "the ScaledObject has no fallback")
            + (tookOver ? Inv($"; the HPA ran {(held.Min() == held.Max() ? $"{held.Max()}" : $"{held.Min()}-{held.Max()}")} replicas on it") : ": KEDA's reads never failed past failureThreshold within the outage's window"));

        var series = Path.Combine(options.Output, "fallback-condition.om");
        var metric = ScaledObjectConditionMetric.Read(Path.Combine(options.Root, Deploy.HelmChart.Prometheus.ValuesFile!));
        await File.WriteAllTextAsync(series, FallbackConditionSeries.Render(metric, ours.Spec, @namespace, ours.Steps, start, start.AddSeconds(seconds)), cancellationToken);
        var snapshot = await BackfillAsync(series, cancellationToken);

        var (expr, @for) = await AlertRuleAsync(cancellationToken);
        var points = (await prometheus.QueryRangeAsync(expr, start, start.AddSeconds(seconds - 1), TimeSpan.FromSeconds(1), cancellationToken))
            .SelectMany(s => s.Points).Select(p => (int)Math.Round(T(p.At))).Distinct().Order().ToList();
        var stretches = Stretches(points);
        var longest = stretches.Select(r => r.To - r.From).DefaultIfEmpty().Max();
        var fired = stretches.Any(r => window.Overlaps(r.From, r.To));
        var after = points.Count(t => t >= T(up));
        lines.Add((fired ? "OK   " : "FAIL ") + $"{Alert}'s expression (as Prometheus loaded it from k8s/monitoring) on the run's data and the condition series written from the model ({Path.GetFileName(series)}, backfilled into {Path.GetRelativePath(options.Output, snapshot)}): "
            + (points.Count == 0 ? "never true" : "true t=" + string.Join(", ", stretches.Select(r => Inv($"{r.From}-{r.To}"))) + Inv($" s, {after} s of it after Prometheus was back")
                + (fired ? "" : ", none of it within the outage's window")
                + (longest >= @for.TotalSeconds ? Inv($"; held {longest} s, so with for: {@for.TotalSeconds:0}s it fires") : Inv($"; held {longest} s, under its for: {@for.TotalSeconds:0}s, so it would not fire for this outage"))));

        var ended = ours.Steps.SkipWhile(s => s.At < down).SkipWhile(s => !s.Fallback).SkipWhile(s => s.Fallback).FirstOrDefault();
        lines.Add(ended is { Reading.Value: not null }
            ? Inv($"OK   recovery: the fallback ended at t={T(ended.At):0} s on the first good read ({ended.Loop}, {T(ended.At) - T(up):0} s after Prometheus was ready), the HPA back on the query's value")
            : "FAIL recovery: the fallback was still in force at the end of the run: KEDA's query never answered again");
        return (tookOver && fired && ended is { Reading.Value: not null }, lines);
    }

    /// <summary>Writes the series as blocks into a snapshot of the run's TSDB and starts Prometheus again on the snapshot.</summary>
    private async Task<string> BackfillAsync(string series, CancellationToken cancellationToken)
    {
        var snapshot = await server.SnapshotAsync(cancellationToken);
        await server.StopAsync();
        await new ProcessRunner(output).RunCheckedAsync(
            new ToolCall(PrometheusInstaller.Promtool(server.Binary), ["tsdb", "create-blocks-from", "openmetrics", series, snapshot], TimeSpan.FromMinutes(2)),
            cancellationToken, $"check {series} (OpenMetrics) and that promtool is the one beside {server.Binary}");
        await server.StartAsync(cancellationToken, snapshot);
        return snapshot;
    }

    /// <summary>The alert's expression and its for, from the rules Prometheus loaded (k8s/monitoring's files).</summary>
    private async Task<(string Expr, TimeSpan For)> AlertRuleAsync(CancellationToken cancellationToken)
    {
        var data = await prometheus.GetDataAsync("api/v1/rules?type=alert", cancellationToken);
        foreach (var rule in data.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("rules").EnumerateArray()))
        {
            if (rule.GetProperty("name").GetString() == Alert)
            {
                return (rule.GetProperty("query").GetString()!, TimeSpan.FromSeconds(rule.GetProperty("duration").GetDouble()));
            }
        }
        throw new InvalidDataException($"Prometheus loaded no alert {Alert} from {MonitoringFiles.In(options.Root).AlertingRules}: restore it there, the chaos run judges it.");
    }

    private static List<(int From, int To)> Stretches(IReadOnlyList<int> seconds)
    {
        var stretches = new List<(int From, int To)>();
        foreach (var s in seconds)
        {
            if (stretches.Count > 0 && stretches[^1].To == s)
            {
                stretches[^1] = (stretches[^1].From, s + 1);
            }
            else
            {
                stretches.Add((s, s + 1));
            }
        }
        return stretches;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
