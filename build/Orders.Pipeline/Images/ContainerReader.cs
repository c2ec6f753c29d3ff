using System.Globalization;
using Orders.Pipeline.Yaml;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Images;

/// <summary>Reads one container of a pod spec into a <see cref="ContainerPlan"/> (see <see cref="PodPlan"/>).</summary>
internal static class ContainerReader
{
    public static ContainerPlan Read(YamlMappingNode container, YamlMappingNode? podSecurity, bool isSidecar, string source)
    {
        var name = container.Scalar("name") ?? throw new InvalidDataException($"{source}:{container.Start.Line}: a container has no name.");
        var image = container.Scalar("image") ?? throw new InvalidDataException($"{source}:{container.Start.Line}: container '{name}' has no image.");
        var security = container.Map("securityContext");
        var ports = container.Seq("ports")
            .Select(p => new ContainerPortPlan(p.Scalar("name"), Int(p.Scalar("containerPort"), $"{source}:{p.Start.Line}: container '{name}' has a port without containerPort")))
            .ToList();
        var probe = isSidecar ? container.Map("startupProbe") ?? container.Map("readinessProbe") : container.Map("readinessProbe");
        return new ContainerPlan(
            name,
            image,
            isSidecar,
            [.. container.Seq("env").Select(e => ReadEnv(e, name, source))],
            [.. container.Seq("volumeMounts").Select(m => new VolumeMountPlan(
                m.Scalar("name") ?? throw new InvalidDataException($"{source}:{m.Start.Line}: a volumeMount of '{name}' has no name."),
                m.Scalar("mountPath") ?? throw new InvalidDataException($"{source}:{m.Start.Line}: a volumeMount of '{name}' has no mountPath."),
                m.Scalar("readOnly") == "true"))],
            ports,
            Long(security.Scalar("runAsUser") ?? podSecurity.Scalar("runAsUser")),
            Long(security.Scalar("runAsGroup") ?? podSecurity.Scalar("runAsGroup")),
            security.Scalar("readOnlyRootFilesystem") == "true",
            security.Scalar("allowPrivilegeEscalation") == "false",
            [.. security.Map("capabilities").Strings("drop")],
            [.. container.Strings("command")],
            [.. container.Strings("args")],
            probe is null ? null : ReadProbe(probe, ports, name, source),
            ReadResources(container.Map("resources"), name, source));
    }

    private static ContainerResources ReadResources(YamlMappingNode? resources, string container, string source)
    {
        var limits = resources.Map("limits");
        var requests = resources.Map("requests");
        var memory = limits.Scalar("memory");
        var cpu = limits.Scalar("cpu");
        var cpuRequest = requests.Scalar("cpu");
        return new ContainerResources(
            memory,
            memory is null ? null : Quantity(memory, ResourceQuantity.Bytes, limits!, "resources.limits.memory", container, source),
            cpu,
            cpu is null ? null : Quantity(cpu, ResourceQuantity.Millicores, limits!, "resources.limits.cpu", container, source),
            // The API server defaults a missing request to the limit; kustomize's output is not defaulted.
            cpuRequest is null
                ? (cpu is null ? null : Quantity(cpu, ResourceQuantity.Millicores, limits!, "resources.limits.cpu", container, source))
                : Quantity(cpuRequest, ResourceQuantity.Millicores, requests!, "resources.requests.cpu", container, source));
    }

    private static long Quantity(string text, Func<string, long> parse, YamlMappingNode node, string field, string container, string source)
    {
        try
        {
            return parse(text);
        }
        catch (FormatException error)
        {
            throw new InvalidDataException($"{source}:{node.Start.Line}: container '{container}' {field}: {error.Message}; this run applies limits as the kubelet would and cannot read this one.");
        }
    }

    private static KeyValuePair<string, string> ReadEnv(YamlMappingNode env, string container, string source)
    {
        var name = env.Scalar("name") ?? throw new InvalidDataException($"{source}:{env.Start.Line}: an env entry of '{container}' has no name.");
        return env.Children.ContainsKey("valueFrom")
            ? throw new InvalidDataException($"{source}:{env.Start.Line}: env {name} of '{container}' uses valueFrom, which this run cannot resolve without a cluster.")
            : new(name, env.Scalar("value") ?? "");
    }

    private static ProbePlan? ReadProbe(YamlMappingNode probe, IReadOnlyList<ContainerPortPlan> ports, string container, string source)
    {
        var http = probe.Map("httpGet");
        if (http is null)
        {
            return null;
        }
        var port = http.Scalar("port") ?? throw new InvalidDataException($"{source}:{http.Start.Line}: a probe of '{container}' has no port.");
        var number = int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : ports.FirstOrDefault(p => p.Name == port)?.Number
              ?? throw new InvalidDataException($"{source}:{http.Start.Line}: a probe of '{container}' names port '{port}', which the container does not declare.");
        return new ProbePlan(http.Scalar("path") ?? "/", number);
    }

    private static long? Long(string? text) => text is null ? null : long.Parse(text, CultureInfo.InvariantCulture);

    private static int Int(string? text, string error) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new InvalidDataException(error + ".");
}
