using System.Globalization;
using System.Text.Json;

namespace Orders.Pipeline.Images;

/// <summary>
/// Turns a <see cref="ContainerPlan"/> into <c>podman run</c> arguments that keep what the kubelet would
/// enforce: the user, a read-only root with no tmpfs slipped in (podman's <c>--read-only</c> adds writable
/// /tmp, /run and /var/tmp unless told not to, which would hide a write outside the volumes), dropped
/// capabilities, no privilege escalation, the grace period, the environment, and each emptyDir as a host
/// folder, and the container's resources as the kubelet sets them on its cgroup (see <see cref="ContainerResources"/>).
/// The pod's containers share one network namespace, as in a pod: the first one started publishes
/// every port of the pod on 127.0.0.1 and the others join it.
/// </summary>
public static class PodmanArguments
{
    public static IReadOnlyList<string> Run(
        PodPlan pod,
        ContainerPlan container,
        string image,
        IReadOnlyDictionary<string, string> volumeDirectories,
        IReadOnlyDictionary<int, int> hostPorts)
    {
        var first = pod.Containers[0];
        var args = new List<string> { "run", "--detach", "--pull", "never", "--name", ContainerName(pod, container) };
        if (container.RunAsUser is { } user)
        {
            args.AddRange(["--user", container.RunAsGroup is { } group ? $"{user}:{group}" : user.ToString(CultureInfo.InvariantCulture)]);
        }
        if (container.ReadOnlyRootFilesystem)
        {
            args.AddRange(["--read-only", "--read-only-tmpfs=false"]);
        }
        foreach (var capability in container.DroppedCapabilities)
        {
            args.AddRange(["--cap-drop", capability]);
        }
        if (container.NoNewPrivileges)
        {
            args.AddRange(["--security-opt", "no-new-privileges"]);
        }
        args.AddRange(["--stop-timeout", pod.TerminationGracePeriodSeconds.ToString(CultureInfo.InvariantCulture)]);
        AddResources(args, container.Resources);
        foreach (var (name, value) in container.Environment)
        {
            args.AddRange(["--env", $"{name}={value}"]);
        }
        foreach (var mount in container.Mounts)
        {
            var directory = volumeDirectories.TryGetValue(mount.Volume, out var d)
                ? d
                : throw new InvalidOperationException($"No folder stands in for volume '{mount.Volume}'.");
            args.AddRange(["--volume", $"{directory}:{mount.MountPath}" + (mount.ReadOnly ? ":ro" : "")]);
        }
        if (ReferenceEquals(container, first))
        {
            foreach (var port in pod.Containers.SelectMany(c => c.Ports))
            {
                var hostPort = hostPorts.TryGetValue(port.Number, out var h)
                    ? h
                    : throw new InvalidOperationException($"No host port for container port {port.Number}.");
                args.AddRange(["--publish", $"127.0.0.1:{hostPort}:{port.Number}"]);
            }
        }
        else
        {
            args.AddRange(["--network", "container:" + ContainerName(pod, first)]);
        }
        if (container.Command.Count > 0)
        {
            args.AddRange(["--entrypoint", JsonSerializer.Serialize(container.Command)]);
        }
        args.Add(image);
        args.AddRange(container.Args);
        return args;
    }

    // The memory limit with no swap beyond it (podman would otherwise allow as much swap again; a node runs
    // without swap), the CPU limit as the same CFS quota per 100 ms the kubelet writes, and shares from the request.
    private static void AddResources(List<string> args, ContainerResources resources)
    {
        if (resources.MemoryLimitBytes is { } bytes)
        {
            args.Add(string.Create(CultureInfo.InvariantCulture, $"--memory={bytes}"));
            args.Add(string.Create(CultureInfo.InvariantCulture, $"--memory-swap={bytes}"));
        }
        if (resources.CpuQuotaMicroseconds is { } quota)
        {
            args.Add("--cpus=" + ((decimal)quota / ContainerResources.CpuPeriodMicroseconds).ToString("0.#####", CultureInfo.InvariantCulture));
        }
        args.Add(string.Create(CultureInfo.InvariantCulture, $"--cpu-shares={resources.CpuShares}"));
    }

    public static string ContainerName(PodPlan pod, ContainerPlan container) => $"{pod.Name}-{container.Name}";
}
