using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Report;

/// <summary>One ScaledObject judged on a run: its spec, the model's timeline, and its query's value for
/// every second of the run (null where Prometheus had none).</summary>
public sealed record ScaledObjectRun(string Label, string Source, ScaledObjectSpec Spec, IReadOnlyList<ModelStep> Steps, IReadOnlyList<double?> QueryValues)
{
    /// <summary>The model's replica count in force at <paramref name="second"/> after <paramref name="start"/>.</summary>
    public int? ReplicasAt(DateTimeOffset start, int second)
    {
        var at = start.AddSeconds(second);
        ModelStep? last = null;
        foreach (var step in Steps)
        {
            if (step.At > at)
            {
                break;
            }
            last = step;
        }
        return last?.Replicas;
    }
}
