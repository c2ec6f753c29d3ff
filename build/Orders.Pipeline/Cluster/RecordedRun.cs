using Orders.Pipeline.Load;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// Everything a LoadTest verdict is judged on, and nothing else (<see cref="LoadTestJudge"/>): the profile, the
/// rate the load really achieved during its hold, the ScaledObject from the manifests, the scrape interval of the
/// query's job, the cluster's samples, the query's value for every second, and the pods. Times are relative
/// to <see cref="Start"/> (the load's start), so a run written to disk (<see cref="RecordedRunFiles"/>) and read
/// back is judged exactly as it was live.
/// </summary>
public sealed record RecordedRun(
    LoadProfile Profile,
    double AchievedHeldRate,
    ScaledObjectSpec Spec,
    TimeSpan ScrapeInterval,
    IReadOnlyList<ClusterSample> Samples,
    IReadOnlyList<double?> QueryValues,
    IReadOnlyList<PodRecord> Pods,
    TimeSpan? ScaleUpBound = null,
    TimeSpan? ScaleDownBound = null,
    string Namespace = "orders",
    ModelVersions? ModelledVersions = null)
{
    /// <summary>The Kubernetes and KEDA whose arithmetic the model follows (the run's, printed in the verdict).</summary>
    public ModelVersions Versions => ModelledVersions ?? ModelVersions.Default;

    /// <summary>The load's start: sample times are this plus their offset.</summary>
    public static readonly DateTimeOffset Start = DateTimeOffset.UnixEpoch;

    /// <summary>The mean rate sent during the profile's hold (<see cref="LoadProfile.Hold"/>); 0 when it holds none.</summary>
    public static double AchievedHeld(LoadResult load, LoadProfile profile)
    {
        if (profile.Hold is not { } hold)
        {
            return 0;
        }
        var seconds = load.Seconds.Where(s => s.Second >= hold.Start.TotalSeconds && s.Second < hold.End.TotalSeconds).ToList();
        return seconds.Count == 0 ? 0 : seconds.Average(s => s.AchievedRate);
    }
}
