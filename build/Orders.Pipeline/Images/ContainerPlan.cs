namespace Orders.Pipeline.Images;

/// <summary>
/// One container of the Deployment's pod, as the kubelet would run it: what <see cref="PodmanArguments"/>
/// turns into a <c>podman run</c>. Everything here is read from the rendered manifest, nothing restated.
/// </summary>
public sealed record ContainerPlan(
    string Name,
    string Image,
    bool IsSidecar,
    IReadOnlyList<KeyValuePair<string, string>> Environment,
    IReadOnlyList<VolumeMountPlan> Mounts,
    IReadOnlyList<ContainerPortPlan> Ports,
    long? RunAsUser,
    long? RunAsGroup,
    bool ReadOnlyRootFilesystem,
    bool NoNewPrivileges,
    IReadOnlyList<string> DroppedCapabilities,
    IReadOnlyList<string> Command,
    IReadOnlyList<string> Args,
    ProbePlan? Readiness,
    ContainerResources Resources);
