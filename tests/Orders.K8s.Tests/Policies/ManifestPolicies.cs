using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>Every policy the k8s/ kustomizations must keep, and a check that reports all violations at once.</summary>
public static class ManifestPolicies
{
    public static IReadOnlyList<IManifestPolicy> All { get; } =
    [
        new ContainersAreHardened(),
        new ExporterJobScrapesOnlyTheExporterPort(),
        new OnlyTheExporterJobFeedsTheQuery(),
        new NoPushgateway(),
        new NoServiceAccountToken(),
        new OneWriterPerVolume(),
        new ExporterPortOpenOnlyToPrometheus(),
        new SidecarPortsByNumber(),
        new NoScrapeThroughService(),
        new SelectorMatchesTemplate(),
        new OneLabelSetShared(),
        new ReplicasLeftToAutoscaler(),
        new DrainKeepsOneServing(),
        new ScaledObjectTargetsDeployment(),
        new QueryNamesExportedMetric(),
        new ThresholdsAreNumbers(),
        new ReplicaBoundsOrdered(),
        new FallbackErrsHigh(),
        new NoMetricName(),
        new BehaviorPoliciesPresent(),
        new RateWindowCoversScrapes(),
    ];

    public static IReadOnlyList<PolicyViolation> Check(ManifestSet manifests) =>
        All.SelectMany(policy => policy.Check(manifests)).ToList();
}
