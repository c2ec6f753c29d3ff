using Orders.Pipeline.Load;

namespace Orders.Pipeline.Local;

/// <summary>
/// How far a Local run has got: the step it is in, the checks it has passed, and the load once it has started.
/// Kept as the run goes so that a run stopped halfway (a signal, the parent gone, its time bound) can still say
/// what it had (<see cref="InterruptedReport"/>) instead of pointing at a folder of logs.
/// </summary>
public sealed class LocalProgress(TimeProvider time)
{
    private readonly List<string> _passed = [];
    private LoadEngine? _load;
    private LoadProfile? _profile;

    /// <summary>What the run is doing now, in words ("starting the app, the exporter and Prometheus").</summary>
    public string Step { get; private set; } = "reading the manifests";

    public DateTimeOffset? LoadStartedAt { get; private set; }

    public IReadOnlyList<string> Passed => _passed;

    public void Enter(string step) => Step = step;

    public void Pass(string check) => _passed.Add(check);

    public void LoadStarts(LoadEngine engine, LoadProfile profile)
    {
        (_load, _profile, LoadStartedAt) = (engine, profile, time.GetUtcNow());
        Step = "sending the load";
    }

    /// <summary>When the run was told to stop (<see cref="Stopped"/>), or null while it runs.</summary>
    public DateTimeOffset? StoppedAt { get; private set; }

    /// <summary>
    /// Notes the moment the run was told to stop: called as the cancellation fires, because by the time the report
    /// is written the supervisor has spent up to its grace stopping every process, which is no part of the load.
    /// </summary>
    public void Stopped() => StoppedAt ??= time.GetUtcNow();

    /// <summary>Seconds from the load's start to the stop (or to now while the run goes on), or null before it started.</summary>
    public double? SecondsIntoLoad => LoadStartedAt is { } start ? ((StoppedAt ?? time.GetUtcNow()) - start).TotalSeconds : null;

    /// <summary>The load's seconds recorded so far, or null before it started.</summary>
    public LoadResult? LoadSoFar => _load is not null && LoadStartedAt is { } start ? _load.SoFar(start, _profile!) : null;
}
