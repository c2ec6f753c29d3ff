using Orders.Pipeline.Images;

namespace Orders.Pipeline.Tests.Images;

/// <summary>The pod the Images target runs is read from the rendered k8s/base, so a change to the manifest is
/// what that run checks.</summary>
[Trait("Category", "Process")]
public sealed class PodPlanTests
{
    [ToolFact("kubectl")]
    public void Reads_the_real_deployment_with_the_native_sidecar_first()
    {
        var pod = PodPlan.Read(RenderBase(), "k8s/base");

        Assert.Equal("orders", pod.Name);
        Assert.Equal(["exporter", "app"], pod.Containers.Select(c => c.Name));
        Assert.True(pod.Containers[0].IsSidecar);
        Assert.Equal(45, pod.TerminationGracePeriodSeconds);
    }

    [ToolFact("kubectl")]
    public void Applies_the_pod_security_context_and_keeps_each_containers_hardening()
    {
        var pod = PodPlan.Read(RenderBase(), "k8s/base");

        Assert.All(pod.Containers, c =>
        {
            Assert.Equal(1654, c.RunAsUser);
            Assert.Equal(1654, c.RunAsGroup);
            Assert.True(c.ReadOnlyRootFilesystem);
            Assert.True(c.NoNewPrivileges);
            Assert.Equal(["ALL"], c.DroppedCapabilities);
        });
    }

    [ToolFact("kubectl")]
    public void The_exporter_mounts_the_access_log_read_only_and_waits_on_its_startup_probe()
    {
        var pod = PodPlan.Read(RenderBase(), "k8s/base");
        var exporter = pod.Containers.Single(c => c.Name == "exporter");
        var app = pod.Containers.Single(c => c.Name == "app");

        var logMount = exporter.Mounts.Single(m => m.Volume == "access-log");
        Assert.True(logMount.ReadOnly);
        Assert.False(app.Mounts.Single(m => m.Volume == "access-log").ReadOnly);
        Assert.Equal(logMount.MountPath, app.Mounts.Single(m => m.Volume == "access-log").MountPath);
        Assert.Equal(new ProbePlan("/readyz", 9181), exporter.Readiness);
        Assert.Equal(new ProbePlan("/readyz", 8181), app.Readiness);
    }

    [ToolFact("kubectl")]
    public void Podman_arguments_keep_the_read_only_root_without_tmpfs_and_join_the_first_containers_network()
    {
        var pod = PodPlan.Read(RenderBase(), "k8s/base");
        var volumes = pod.Volumes.ToDictionary(v => v, v => "/pod/" + v);
        var ports = new Dictionary<int, int> { [8181] = 18181, [9181] = 19181 };

        var exporter = PodmanArguments.Run(pod, pod.Containers[0], "127.0.0.1:5001/orders-exporter:t", volumes, ports);
        var app = PodmanArguments.Run(pod, pod.Containers[1], "127.0.0.1:5001/orders-app:t", volumes, ports);

        Assert.Contains("--read-only-tmpfs=false", exporter);
        Assert.Equal("1654:1654", After(exporter, "--user"));
        Assert.Contains("/pod/access-log:/var/log/orders:ro", exporter);
        Assert.Contains("127.0.0.1:18181:8181", exporter);
        Assert.Contains("127.0.0.1:19181:9181", exporter);
        Assert.Equal("container:orders-exporter", After(app, "--network"));
        Assert.DoesNotContain("--publish", app);
        Assert.Equal("127.0.0.1:5001/orders-app:t", app[^1]);
    }

    [ToolFact("kubectl")]
    public void A_volume_that_is_not_an_emptyDir_is_refused_naming_it()
    {
        var yaml = RenderBase().Replace("- emptyDir:\n          sizeLimit: 1Mi\n        name: exporter-state", "- hostPath:\n          path: /data\n        name: exporter-state", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => PodPlan.Read(yaml, "k8s/base"));

        Assert.Contains("exporter-state", error.Message, StringComparison.Ordinal);
    }

    [ToolFact("kubectl")]
    public void An_env_value_from_a_secret_is_refused_naming_it()
    {
        var yaml = RenderBase().Replace("- name: AccessLog__Path\n          value: /var/log/orders", "- name: AccessLog__Path\n          valueFrom:\n            secretKeyRef: {name: s, key: k}", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => PodPlan.Read(yaml, "k8s/base"));

        Assert.Contains("AccessLog__Path", error.Message, StringComparison.Ordinal);
    }

    private static string After(IReadOnlyList<string> args, string flag) => args[args.ToList().IndexOf(flag) + 1];

    private static string RenderBase() => Kubectl.Kustomize(Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "k8s", "base"));
}
