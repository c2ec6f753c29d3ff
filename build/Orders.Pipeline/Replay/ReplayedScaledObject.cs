using Orders.Pipeline.Report;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// One ScaledObject replayed at every HPA timing and digested timing by timing (<see cref="ReplayDigest"/>): what
/// the report needs and nothing more, so a week's replay holds its query's values and a few thousand rows, not
/// fifteen timelines of every poll and sync. <see cref="Steps"/> are the load-step figures (meaningful only where
/// the range holds a step), <see cref="History"/> the figures of the whole range, <see cref="Band"/> the band at
/// the timeline's resolution.
/// </summary>
public sealed record ReplayedScaledObject(
    string Label, string Source, ScaledObjectSpec Spec, ModelVersions Versions, IReadOnlyList<double?> QueryValues, int Timings,
    ScalingRanges Steps, HistoryRanges History, ReplicaBand Band, FallbackPeriods Fallback);
