using Orders.Pipeline.Manifests;
using Orders.Pipeline.Yaml;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Images;

/// <summary>
/// The pod of the rendered Deployment, read so that a local run checks what a cluster would run: native
/// sidecars (initContainers with <c>restartPolicy: Always</c>) first, in order, then the containers; the
/// pod-level security context applied where a container sets none; emptyDir volumes by name. A field this
/// run cannot honour (a volume that is not an emptyDir, an env value from a secret) is an error naming it,
/// never silently dropped.
/// </summary>
public sealed record PodPlan(string Name, IReadOnlyList<ContainerPlan> Containers, IReadOnlyList<string> Volumes, int TerminationGracePeriodSeconds)
{
    /// <summary>Kubernetes' default when the pod does not set one.</summary>
    public const int DefaultGracePeriodSeconds = 30;

    public static PodPlan Read(string yaml, string source) => Read(RenderedManifests.Read(yaml, source));

    public static PodPlan Read(RenderedManifests manifests)
    {
        var source = manifests.Source;
        var deployment = manifests.Deployment();
        var name = deployment.Map("metadata").Scalar("name") ?? "pod";
        var pod = deployment.Map("spec").Map("template").Map("spec")
            ?? throw new InvalidDataException($"{source}:{deployment.Start.Line}: Deployment '{name}' has no spec.template.spec.");
        var podSecurity = pod.Map("securityContext");
        var volumes = pod.Seq("volumes").Select(v => ReadVolume(v, source)).ToList();
        var sidecars = pod.Seq("initContainers")
            .Where(c => c.Scalar("restartPolicy") == "Always")
            .Select(c => ContainerReader.Read(c, podSecurity, isSidecar: true, source));
        if (pod.Seq("initContainers").Any(c => c.Scalar("restartPolicy") != "Always"))
        {
            throw new InvalidDataException($"{source}: Deployment '{name}' has an init container that runs to completion; this run starts only native sidecars and containers.");
        }
        var containers = pod.Seq("containers").Select(c => ContainerReader.Read(c, podSecurity, isSidecar: false, source));
        var grace = pod.Scalar("terminationGracePeriodSeconds") is { } g ? int.Parse(g, System.Globalization.CultureInfo.InvariantCulture) : DefaultGracePeriodSeconds;
        var plan = new PodPlan(name, [.. sidecars, .. containers], volumes, grace);
        foreach (var mount in plan.Containers.SelectMany(c => c.Mounts).Where(m => !volumes.Contains(m.Volume)))
        {
            throw new InvalidDataException($"{source}: a container mounts volume '{mount.Volume}', which the pod does not declare.");
        }
        return plan;
    }

    private static string ReadVolume(YamlMappingNode volume, string source)
    {
        var name = volume.Scalar("name") ?? throw new InvalidDataException($"{source}:{volume.Start.Line}: a volume has no name.");
        return volume.Children.ContainsKey("emptyDir")
            ? name
            : throw new InvalidDataException($"{source}:{volume.Start.Line}: volume '{name}' is not an emptyDir; this run can only stand in for emptyDir volumes.");
    }
}
