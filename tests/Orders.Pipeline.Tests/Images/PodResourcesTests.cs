using Orders.Pipeline.Images;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Images;

/// <summary>The pod runs with the Deployment's resources as the kubelet applies them: the memory limit without
/// swap beyond it, the CPU limit as a CFS quota, shares from the CPU request; and a container whose cgroup does
/// not hold them fails the run instead of passing as if it had.</summary>
public sealed class PodResourcesTests : IDisposable
{
    private readonly TempDirectory _cgroups = new("cgroups");

    public void Dispose() => _cgroups.Dispose();

    [ToolFact("kubectl")]
    [Trait("Category", "Process")]
    public void Reads_each_containers_limits_and_cpu_request_from_the_real_deployment()
    {
        var pod = PodPlan.Read(RenderBase(), "k8s/base");
        var exporter = pod.Containers.Single(c => c.Name == "exporter").Resources;
        var app = pod.Containers.Single(c => c.Name == "app").Resources;

        Assert.Equal(new ContainerResources("64Mi", 67_108_864, "200m", 200, 50), exporter);
        Assert.Equal(new ContainerResources("128Mi", 134_217_728, "500m", 500, 250), app);
        Assert.Equal(20_000, exporter.CpuQuotaMicroseconds);
        Assert.Equal(51, exporter.CpuShares);
        Assert.Equal(256, app.CpuShares);
    }

    [ToolTheory("kubectl")]
    [Trait("Category", "Process")]
    [InlineData("memory: 128Mi", "memory: 128MB", "'app' resources.limits.memory", "128MB")]
    [InlineData("cpu: 200m", "cpu: a fifth", "'exporter' resources.limits.cpu", "a fifth")]
    [InlineData("cpu: 250m", "cpu: 250mc", "'app' resources.requests.cpu", "250mc")]
    public void An_unreadable_quantity_is_refused_naming_the_container_and_the_field(string from, string to, string named, string value)
    {
        var yaml = RenderBase();
        Assert.Contains(from, yaml, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => PodPlan.Read(yaml.Replace(from, to, StringComparison.Ordinal), "k8s/base"));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
    }

    [ToolFact("kubectl")]
    [Trait("Category", "Process")]
    public void Podman_gets_the_limits_before_the_image_as_the_kubelet_would_set_them()
    {
        var pod = PodPlan.Read(RenderBase(), "k8s/base");

        var exporter = Run(pod, pod.Containers[0]);
        var app = Run(pod, pod.Containers[1]);

        Assert.Equal(["--memory=67108864", "--memory-swap=67108864", "--cpus=0.2", "--cpu-shares=51"], Resources(exporter));
        Assert.Equal(["--memory=134217728", "--memory-swap=134217728", "--cpus=0.5", "--cpu-shares=256"], Resources(app));
        // After the image they would be the container's arguments, not podman's.
        Assert.True(exporter.ToList().IndexOf("--cpus=0.2") < exporter.ToList().IndexOf("img"));
    }

    [ToolFact("kubectl")]
    [Trait("Category", "Process")]
    public void Without_resources_no_limit_is_passed_and_shares_are_the_kubelets_floor()
    {
        var pod = PodPlan.Read(RenderBase(), "k8s/base");
        var bare = pod with { Containers = [pod.Containers[0] with { Resources = ContainerResources.None }] };

        Assert.Equal(["--cpu-shares=2"], Resources(Run(bare, bare.Containers[0])));
    }

    [ToolFact("kubectl")]
    [Trait("Category", "Process")]
    public void A_missing_cpu_request_defaults_to_the_limit_and_a_tiny_limit_to_the_kubelets_1_ms_quota()
    {
        var rendered = RenderBase();
        Assert.Contains("requests:\n            cpu: 50m\n", rendered, StringComparison.Ordinal);
        var yaml = rendered.Replace("requests:\n            cpu: 50m\n", "requests:\n", StringComparison.Ordinal).Replace("cpu: 200m", "cpu: 1m", StringComparison.Ordinal);
        var pod = PodPlan.Read(yaml, "k8s/base");

        var exporter = pod.Containers[0].Resources;

        Assert.Equal(1, exporter.CpuRequestMillicores);
        Assert.Equal(1_000, exporter.CpuQuotaMicroseconds);
        Assert.Equal(["--memory=67108864", "--memory-swap=67108864", "--cpus=0.01", "--cpu-shares=2"], Resources(Run(pod, pod.Containers[0])));
    }

    [Fact]
    public void Reads_a_cgroup_v1_container_from_its_proc_cgroup_paths()
    {
        const string Path = "/libpod_parent/libpod-abc";
        Write($"memory{Path}/memory.limit_in_bytes", "67108864\n");
        Write($"memory{Path}/memory.max_usage_in_bytes", "31457280\n");
        // A combined cpu,cpuacct hierarchy is reached through its cpu link, as under /sys/fs/cgroup.
        Write($"cpu{Path}/cpu.cfs_quota_us", "20000\n");
        Write($"cpu{Path}/cpu.cfs_period_us", "100000\n");
        Write($"cpu{Path}/cpu.shares", "51\n");
        Write($"cpu{Path}/cpu.stat", "nr_periods 120\nnr_throttled 7\nthrottled_time 123456\n");

        var reading = CgroupReading.Read($"10:memory:{Path}\n3:cpu,cpuacct:{Path}\n1:name=systemd:{Path}\n0::{Path}\n", _cgroups.Path);

        Assert.Equal(new CgroupReading(67_108_864, 31_457_280, 20_000, 100_000, 51, 7, 120), reading);
    }

    [Fact]
    public void A_cgroup_v1_without_limits_reads_as_unlimited_not_as_a_huge_number()
    {
        Write("memory/c/memory.limit_in_bytes", "9223372036854771712\n");
        Write("memory/c/memory.max_usage_in_bytes", "4096\n");
        Write("cpu/c/cpu.cfs_quota_us", "-1\n");
        Write("cpu/c/cpu.cfs_period_us", "100000\n");

        var reading = CgroupReading.Read("4:memory:/c\n1:cpu:/c\n", _cgroups.Path);

        Assert.Null(reading.MemoryLimitBytes);
        Assert.Null(reading.CpuQuotaMicroseconds);
        Assert.Equal(4096, reading.MemoryPeakBytes);
    }

    [Fact]
    public void Reads_a_cgroup_v2_container_from_the_unified_hierarchy()
    {
        Write("pod/c/memory.max", "134217728\n");
        Write("pod/c/cpu.max", "50000 100000\n");
        Write("pod/c/cpu.stat", "usage_usec 9\nnr_periods 40\nnr_throttled 2\n");

        var reading = CgroupReading.Read("0::/pod/c\n", _cgroups.Path);

        // No memory.peak before Linux 5.19, no cpu.shares in v2: not given, rather than a guess.
        Assert.Equal(new CgroupReading(134_217_728, null, 50_000, 100_000, null, 2, 40), reading);
    }

    [ToolFact("kubectl")]
    [Trait("Category", "Process")]
    public void Limits_the_cgroup_holds_pass_even_rounded_down_to_a_page()
    {
        var applied = PodPlan.Read(RenderBase(), "k8s/base").Containers[1].Resources;
        var read = new CgroupReading(134_217_728 - 4096, 50_000_000, 50_000, 100_000, 256, 0, 10);

        Assert.Empty(Outcome(new ContainerLimits(applied, read, null)).Problems());
    }

    [ToolTheory("kubectl")]
    [Trait("Category", "Process")]
    [InlineData(null, 50_000L, 256L, "memory 128Mi (134217728 B) asked, the cgroup's limit is unlimited")]
    [InlineData(268_435_456L, 50_000L, 256L, "the cgroup's limit is 268435456 B")]
    [InlineData(134_217_728L, null, 256L, "cpu 500m (50000 µs per 100000 µs) asked, the cgroup's CFS quota is unlimited")]
    [InlineData(134_217_728L, 50_000L, 1024L, "cpu.shares 256 asked (the CPU request), the cgroup reads 1024")]
    public void A_limit_the_cgroup_does_not_hold_fails_the_run_naming_the_container(long? memory, long? quota, long? shares, string expected)
    {
        var applied = PodPlan.Read(RenderBase(), "k8s/base").Containers[1].Resources;
        var read = new CgroupReading(memory, 50_000_000, quota, 100_000, shares, 0, 10);

        var problem = Assert.Single(Outcome(new ContainerLimits(applied, read, null)).Problems());

        Assert.StartsWith("Container app: limits not applied: ", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.Contains("a kubelet applies them", problem, StringComparison.Ordinal);
    }

    [ToolFact("kubectl")]
    [Trait("Category", "Process")]
    public void A_cgroup_that_could_not_be_read_fails_the_run_with_the_reason()
    {
        var applied = PodPlan.Read(RenderBase(), "k8s/base").Containers[1].Resources;

        var problem = Assert.Single(Outcome(new ContainerLimits(applied, null, "process 42: no such file")).Problems());

        Assert.Contains("its cgroup could not be read: process 42: no such file", problem, StringComparison.Ordinal);
    }

    [ToolFact("kubectl")]
    [Trait("Category", "Process")]
    public void The_report_states_each_limit_as_applied_and_as_read_with_the_peak()
    {
        var applied = PodPlan.Read(RenderBase(), "k8s/base").Containers[1].Resources;
        var outcome = Outcome(new ContainerLimits(applied, new CgroupReading(134_217_728, 67_108_864, 50_000, 100_000, 256, 3, 120), null, 80 * 1_048_576));
        var summary = new ImagesSummary([], 50, 50, [ContainerSummary.From("app", outcome.Limits["app"])]);

        var report = ImagesReport.Render(summary, null, [], outcome, [], []);

        Assert.Contains("| `app` | 128Mi = 134217728 B | 134217728 B | 64.0 MiB (50% of the limit) | 80.0 MiB | 500m = 50000 µs / 100 ms | 50000 µs / 100000 µs | 3 of 120 periods | 256 / 256 |", report, StringComparison.Ordinal);
        Assert.Equal(67_108_864, summary.Containers![0].MemoryPeakBytes);
        Assert.Equal(80 * 1_048_576, summary.Containers[0].MainProcessPeakRssBytes);
    }

    [Fact]
    public void Reads_the_main_processs_peak_resident_set_from_its_status()
    {
        const string Status = "Name:\tdotnet\nVmPeak:\t 9000 kB\nVmHWM:\t   61888 kB\nVmRSS:\t   61000 kB\n";

        Assert.Equal(61_888 * 1024, ContainerLimits.PeakRss(Status));
        Assert.Null(ContainerLimits.PeakRss("Name:\tdotnet\nVmRSS:\t 1 kB\n"));
    }

    private void Write(string relative, string text)
    {
        var file = System.IO.Path.Combine(_cgroups.Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    private static PodOutcome Outcome(ContainerLimits app) =>
        new(50, 50, new Dictionary<string, int> { ["app"] = 0 }, new Dictionary<string, bool> { ["app"] = true }, new Dictionary<string, ContainerLimits> { ["app"] = app });

    private static IReadOnlyList<string> Run(PodPlan pod, ContainerPlan container) =>
        PodmanArguments.Run(pod, container, "img", pod.Volumes.ToDictionary(v => v, v => "/pod/" + v), new Dictionary<int, int> { [8181] = 18181, [9181] = 19181 });

    private static string[] Resources(IReadOnlyList<string> args) =>
        [.. args.Where(a => a.StartsWith("--memory", StringComparison.Ordinal) || a.StartsWith("--cpu", StringComparison.Ordinal))];

    private static string RenderBase() => Kubectl.Kustomize(System.IO.Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "k8s", "base"));
}
