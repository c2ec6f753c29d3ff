namespace Orders.Pipeline.Scaling;

/// <summary>One event of the model's timeline: a KEDA poll (activation) or an HPA sync (replica count).</summary>
/// <param name="Loop">"keda" or "hpa".</param>
/// <param name="Fallback">KEDA's fallback was in force on this read: <see cref="Reading"/> is its value, not Prometheus's.</param>
public sealed record ModelStep(
    DateTimeOffset At,
    string Loop,
    MetricReading Reading,
    bool Active,
    int? MetricDesired,
    int Replicas,
    string Reason,
    bool Fallback = false);
