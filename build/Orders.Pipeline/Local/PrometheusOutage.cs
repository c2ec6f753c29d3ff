using System.Globalization;

namespace Orders.Pipeline.Local;

/// <summary>
/// Runs --chaos prometheus-stop alongside the load: at <see cref="LocalChaos.StopAt"/> it kills the real Prometheus,
/// waits out the outage, and starts it again with the same flags on the same TSDB. Meanwhile the app keeps serving
/// and the exporter keeps counting; KEDA's reads (modelled afterwards on what Prometheus recorded) fail.
/// </summary>
public sealed class PrometheusOutage(LocalPrometheus prometheus, LocalChaos chaos, TextWriter output, TimeProvider time)
{
    /// <summary>When Prometheus was killed; null until it was.</summary>
    public DateTimeOffset? StoppedAt { get; private set; }

    /// <summary>When it answered /-/ready again; null until it did.</summary>
    public DateTimeOffset? ReadyAt { get; private set; }

    public async Task RunAsync(DateTimeOffset loadStart, Load.LoadProfile profile, CancellationToken cancellationToken)
    {
        var wait = loadStart + chaos.StopAt(profile) - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
        await prometheus.StopAsync();
        StoppedAt = time.GetUtcNow();
        output.WriteLine(Inv($"chaos: Prometheus killed at t={(StoppedAt.Value - loadStart).TotalSeconds:0}s; it starts again in {chaos.PrometheusStop.TotalSeconds:0} s on the same TSDB (--chaos {chaos})"));
        await Task.Delay(chaos.PrometheusStop, time, cancellationToken);
        await prometheus.StartAsync(cancellationToken);
        ReadyAt = time.GetUtcNow();
        output.WriteLine(Inv($"chaos: Prometheus ready again at t={(ReadyAt.Value - loadStart).TotalSeconds:0}s"));
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
