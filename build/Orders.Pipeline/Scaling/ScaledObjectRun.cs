
namespace Orders.Pipeline.Scaling;

/// <summary>One ScaledObject judged on a run: its spec, the model's timeline at the first HPA timing
/// (<see cref="Steps"/>) and at every timing (<see cref="Timings"/>), and the value of its first HPA metric for every
/// second of the run (<see cref="QueryValues"/>: the first trigger's query, or the scalingModifiers composite; null
/// where Prometheus had none), modelled for <see cref="Versions"/>.</summary>
public sealed record ScaledObjectRun(
    string Label, string Source, ScaledObjectSpec Spec, IReadOnlyList<ModelStep> Steps, IReadOnlyList<double?> QueryValues,
    IReadOnlyList<IReadOnlyList<ModelStep>>? Timings = null, ModelVersions? ModelledVersions = null)
{
    /// <summary>The Kubernetes and KEDA whose arithmetic the timelines follow.</summary>
    public ModelVersions Versions => ModelledVersions ?? ModelVersions.Default;

    /// <summary>The right count for a steady <paramref name="rate"/> under this run's versions (<see cref="ScaledObjectSpec.ReplicasFor(double, ModelVersions?)"/>).</summary>
    public int RightReplicasFor(double rate) => Spec.ReplicasFor(rate, Versions);

    /// <summary>Every HPA timing replayed; a run built from one timeline has just that one.</summary>
    public IReadOnlyList<IReadOnlyList<ModelStep>> AllTimings => Timings is { Count: > 0 } t ? t : [Steps];

    /// <summary>The run of a ScaledObject with one trigger replayed at every HPA timing on one reading per
    /// <paramref name="step"/> (1 s) from <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentException">The ScaledObject has several triggers: pass one list per trigger.</exception>
    public static ScaledObjectRun Replay(
        string label, string source, ScaledObjectSpec spec, IReadOnlyList<MetricReading> readings, DateTimeOffset start, TimeSpan? step = null,
        ModelVersions? versions = null) =>
        Replay(label, source, spec, [readings], start, step, versions);

    /// <summary>The run replayed at every HPA timing on each trigger's readings (<paramref name="perTrigger"/>, by trigger index).</summary>
    public static ScaledObjectRun Replay(
        string label, string source, ScaledObjectSpec spec, IReadOnlyList<IReadOnlyList<MetricReading>> perTrigger, DateTimeOffset start, TimeSpan? step = null,
        ModelVersions? versions = null)
    {
        var timings = perTrigger[0].Count == 0 ? [[]] : ScalingTimings.Run(spec, perTrigger, start, step, versions: versions);
        return new ScaledObjectRun(label, source, spec, timings[0], FirstMetricValues.Of(spec, perTrigger, versions ?? ModelVersions.Default), timings, versions);
    }
}
