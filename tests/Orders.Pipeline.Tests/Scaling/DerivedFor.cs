using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>
/// Tests whose expected figures were derived by hand from k8s/base's ScaledObject state the inputs they were
/// derived for, so retuning the manifest fails them with the input that changed, not with a median that moved.
/// </summary>
internal static class DerivedFor
{
    public static async Task OursAsync(double threshold, int min, int max)
    {
        var directory = Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "k8s", "base");
        var spec = ScaledObjectReader.Read(await ManifestRenderer.RenderAsync(new ProcessRunner(TextWriter.Null), directory, CancellationToken.None), directory);
        Assert.True((spec.FirstTrigger.Threshold, spec.MinReplicaCount, spec.MaxReplicaCount) == (threshold, min, max),
            $"the expected figures were derived for k8s/base with threshold {threshold}, min {min}, max {max}; it now has "
            + $"{spec.FirstTrigger.Threshold}, {spec.MinReplicaCount}, {spec.MaxReplicaCount}: derive them again.");
    }
}
