using System.Globalization;
using System.Net;
using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Images;

/// <summary>
/// Runs the Deployment's pod with podman as the kubelet would (see <see cref="PodPlan"/>,
/// <see cref="PodmanArguments"/>): the native sidecar first and only once its startup probe passes, then the
/// app; sends <c>orders</c> orders through the app's port; checks the exporter's /metrics counts exactly that
/// many; stops the app, then the sidecar, with SIGTERM and the pod's grace period, and checks both exit 0.
/// A container whose manifest asks for a read-only root runs with one and no tmpfs, so a write outside its
/// volumes fails in the run itself. Each container runs with its resources as the kubelet would set them, and
/// its cgroup is read back after the orders went through (limits, peak memory, CPU throttling). Every container is removed at the end, whatever happened.
/// </summary>
public sealed class PodRun(IProcessRunner runner, HttpClient http, TextWriter output, string directory)
{
    private static readonly TimeSpan PodmanTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan CountedWithin = TimeSpan.FromSeconds(30);

    public async Task<PodOutcome> RunAsync(PodPlan pod, IReadOnlyDictionary<string, string> images, int orders, CancellationToken cancellationToken)
    {
        var volumes = CreateVolumeFolders(pod);
        var hostPorts = pod.Containers.SelectMany(c => c.Ports).ToDictionary(p => p.Number, _ => Infrastructure.PortGuard.FreePort());
        var started = new List<ContainerPlan>();
        try
        {
            foreach (var container in pod.Containers)
            {
                var image = images.TryGetValue(container.Image, out var reference)
                    ? reference
                    : throw new InvalidOperationException($"The pod's container '{container.Name}' runs image '{container.Image}', which this run did not build.");
                await Podman(["rm", "--force", "--ignore", PodmanArguments.ContainerName(pod, container)], cancellationToken);
                started.Add(container);
                await runner.RunCheckedAsync(new ToolCall("podman", PodmanArguments.Run(pod, container, image, volumes, hostPorts), PodmanTimeout), cancellationToken);
                if (container.Readiness is { } probe)
                {
                    await WaitReadyAsync(pod, container, new Uri($"http://127.0.0.1:{hostPorts[probe.Port]}{probe.Path}"), cancellationToken);
                }
            }
            var app = pod.Containers.Single(c => c.Image == ImageDefinition.App.Name);
            var exporter = pod.Containers.Single(c => c.Image == ImageDefinition.Exporter.Name);
            var appUrl = new Uri($"http://127.0.0.1:{hostPorts[app.Ports[0].Number]}/");
            for (var i = 0; i < orders; i++)
            {
                using var response = await http.GetAsync(new Uri(appUrl, "product"), cancellationToken);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"GET /product answered {(int)response.StatusCode} on order {i + 1} of {orders}: see {directory}/{app.Name}.log.");
                }
            }
            var counted = await WaitCountedAsync(new Uri($"http://127.0.0.1:{hostPorts[exporter.Ports[0].Number]}/metrics"), orders, cancellationToken);
            var limits = new Dictionary<string, ContainerLimits>();
            foreach (var container in pod.Containers)
            {
                limits[container.Name] = await ReadLimitsAsync(pod, container, cancellationToken);
            }
            var exits = new Dictionary<string, int>();
            // The kubelet stops the app containers first, then the sidecars in reverse order of start.
            foreach (var container in Enumerable.Reverse(pod.Containers))
            {
                var name = PodmanArguments.ContainerName(pod, container);
                await runner.RunCheckedAsync(new ToolCall("podman", ["stop", "--time", pod.TerminationGracePeriodSeconds.ToString(CultureInfo.InvariantCulture), name],
                    TimeSpan.FromSeconds(pod.TerminationGracePeriodSeconds) + PodmanTimeout), cancellationToken);
                var inspect = new ToolCall("podman", ["inspect", "--format", "{{.State.ExitCode}}", name], PodmanTimeout) { CaptureOutput = true };
                exits[container.Name] = ToolOutput.Parse(inspect, (await runner.RunCheckedAsync(inspect, cancellationToken)).StandardOutput,
                    text => int.Parse(text, CultureInfo.InvariantCulture));
            }
            return new PodOutcome(orders, counted, exits, pod.Containers.ToDictionary(c => c.Name, c => c.ReadOnlyRootFilesystem), limits);
        }
        finally
        {
            // Reverse order: a container that others joined (network) cannot go before them.
            foreach (var container in Enumerable.Reverse(started))
            {
                var name = PodmanArguments.ContainerName(pod, container);
                var logs = await runner.RunAsync(new ToolCall("podman", ["logs", name], PodmanTimeout) { CaptureOutput = true }, CancellationToken.None);
                await File.WriteAllTextAsync(Path.Combine(directory, container.Name + ".log"), logs.StandardOutput + logs.StandardError, CancellationToken.None);
                await runner.RunAsync(new ToolCall("podman", ["rm", "--force", "--ignore", name], PodmanTimeout) { CaptureOutput = true }, CancellationToken.None);
            }
        }
    }

    /// <summary>emptyDir volumes start empty and writable by any user (mode 0777), as the kubelet makes them.</summary>
    private Dictionary<string, string> CreateVolumeFolders(PodPlan pod)
    {
        var volumes = new Dictionary<string, string>();
        foreach (var volume in pod.Volumes)
        {
            var folder = Path.Combine(directory, "volumes", volume);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            Directory.CreateDirectory(folder);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(folder, (UnixFileMode)0x1FF); // rwxrwxrwx
            }
            volumes[volume] = folder;
        }
        return volumes;
    }

    // A container gives no readiness event: ask its probe, as the kubelet does, until it answers 200.
    private async Task WaitReadyAsync(PodPlan pod, ContainerPlan container, Uri probe, CancellationToken cancellationToken)
    {
        var name = PodmanArguments.ContainerName(pod, container);
        var deadline = DateTimeOffset.UtcNow + ReadyWithin;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if ((await Podman(["inspect", "--format", "{{.State.Running}}", name], cancellationToken)).Trim() != "true")
            {
                throw new InvalidOperationException($"Container {name} stopped before it was ready: its log is in {directory}/{container.Name}.log.");
            }
            try
            {
                using var response = await http.GetAsync(probe, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    output.WriteLine($"{name} is ready ({probe.AbsolutePath}).");
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
        throw new TimeoutException($"Container {name} was not ready at {probe} within {ReadyWithin.TotalSeconds:0} s: its log is in {directory}/{container.Name}.log.");
    }

    // From the host, not from inside: neither image has a shell to run cat in (ImageChecks fails the run if
    // one does), and the host's view of the cgroup is
    // the kernel's, whatever the image holds. A container that cannot be read is reported, not skipped.
    private async Task<ContainerLimits> ReadLimitsAsync(PodPlan pod, ContainerPlan container, CancellationToken cancellationToken)
    {
        var name = PodmanArguments.ContainerName(pod, container);
        var pid = (await Podman(["inspect", "--format", "{{.State.Pid}}", name], cancellationToken)).Trim();
        try
        {
            var reading = CgroupReading.Read(await File.ReadAllTextAsync($"/proc/{pid}/cgroup", cancellationToken), "/sys/fs/cgroup");
            var limits = new ContainerLimits(container.Resources, reading, null,
                ContainerLimits.PeakRss(await File.ReadAllTextAsync($"/proc/{pid}/status", cancellationToken)));
            output.WriteLine($"{name}: {ImagesReport.Describe(limits)}");
            return limits;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
        {
            output.WriteLine($"{name}: its cgroup could not be read (process {pid}): {error.Message}");
            return new ContainerLimits(container.Resources, null, $"process {pid}: {error.Message}");
        }
    }

    // The exporter reads the log on its own schedule (inotify plus polling): ask /metrics until it has them all.
    private async Task<double> WaitCountedAsync(Uri metrics, int expected, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + CountedWithin;
        var counted = 0.0;
        while (DateTimeOffset.UtcNow < deadline)
        {
            counted = MetricsText.Sum("GET " + metrics, await http.GetStringAsync(metrics, cancellationToken), "product_order_total");
            if (counted >= expected)
            {
                return counted;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
        return counted;
    }

    private async Task<string> Podman(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        (await runner.RunCheckedAsync(new ToolCall("podman", arguments, PodmanTimeout) { CaptureOutput = true }, cancellationToken)).StandardOutput;
}
