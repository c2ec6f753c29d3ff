using System.Globalization;

namespace Orders.Pipeline.Load;

/// <summary>What happened in one second of a run. <see cref="Sent"/> and <see cref="Dropped"/> count
/// requests by the second they left (or were due and dropped) in; <see cref="Ok"/>, <see cref="Errors"/> and the latencies count
/// responses by the second they arrived in (as k6's live output does).</summary>
public sealed record LoadSecond(
    int Second,
    double TargetRate,
    long Sent,
    long Ok,
    long Errors,
    long Timeouts,
    long Dropped,
    double? P50Milliseconds,
    double? P99Milliseconds)
{
    /// <summary>Requests that left in this second, per second.</summary>
    public double AchievedRate => Sent;

    public string ToLiveLine() => string.Create(CultureInfo.InvariantCulture,
        $"t={Second + 1,4}s target={TargetRate,7:0.0}/s sent={Sent,6} ok={Ok,6} errors={Errors + Timeouts,5} dropped={Dropped,5} rate={AchievedRate,7:0.0}/s p50={Format(P50Milliseconds)} p99={Format(P99Milliseconds)}");

    private static string Format(double? ms) => ms is null ? "     -" : string.Create(CultureInfo.InvariantCulture, $"{ms,4:0}ms");
}
