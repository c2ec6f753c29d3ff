using System.Diagnostics;
using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;

namespace Orders.Pipeline.Images;

/// <summary>
/// Images: on a machine without a Docker engine or any reachable image registry, proves what a first Deploy
/// would otherwise try first on a cluster: the base images stood in for (<see cref="BaseImageStandIns"/>), both
/// images built from the repository's Dockerfiles unchanged and pushed by the same code as DockerBuild and
/// DockerPush, removed and pulled back through a registry on 127.0.0.1, checked (<see cref="ImageChecks"/>; their
/// OCI labels read back, <see cref="ImageLabelCheck"/>), and run as the rendered Deployment's pod (<see cref="PodRun"/>). Report: artifacts/images/report.md.
/// </summary>
public sealed class ImagesVerb(ClusterSettings settings, IProcessRunner runner, TextWriter output, int orders)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var directory = settings.UnderRoot("artifacts/images");
        Directory.CreateDirectory(directory);
        var summaryPath = Path.Combine(directory, "summary.json");
        var previous = ImagesSummary.ReadPrevious(summaryPath);
        var steps = new List<(string, TimeSpan)>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        await Step(steps, "tools (buildah, podman, runc, docker-registry, debootstrap)", () => DebianPackages.EnsureAsync(runner, output, ImagesTools, cancellationToken));
        var port = Infrastructure.PortGuard.FreePort();
        var registryAddress = $"127.0.0.1:{port}";
        ContainerEngineSettings.Apply(ContainerEngineSettings.Write(Path.Combine(directory, "containers"), registryAddress));
        await Step(steps, "base image stand-ins", () => new BaseImageStandIns(runner, output, settings.Root, StandInCache).EnsureAsync(cancellationToken));
        await using var registry = await LocalRegistry.StartAsync(runner, http, Path.Combine(directory, "registry"), port, output, cancellationToken);
        var local = settings with { Registry = registry.Address };
        var tag = await ImageTag.ResolveAsync(local, runner, startNew: false, TimeProvider.System, cancellationToken);
        var references = ImageDefinition.All.ToDictionary(i => i.Name, i => i.Reference(registry.Address, tag));

        await Step(steps, "build both images (DockerBuild's code)", () => new ImageBuildVerb(local, runner, TimeProvider.System).RunAsync(cancellationToken));
        await Step(steps, "push both (DockerPush's code)", () => new ImagePushVerb(local, runner, output, TimeProvider.System).RunAsync(cancellationToken));
        await Step(steps, "remove both locally", () => ForEach(references.Values, r => Podman(["rmi", r], cancellationToken)));
        await Step(steps, "pull both back from the registry", () => ForEach(references.Values, r => Podman(["pull", r], cancellationToken)));

        var app = await ImageFacts.ReadAsync(runner, references[ImageDefinition.App.Name], cancellationToken);
        var exporter = await ImageFacts.ReadAsync(runner, references[ImageDefinition.Exporter.Name], cancellationToken);
        var pod = PodPlan.Read(await ManifestRenderer.ReadAsync(runner, settings.Manifests, cancellationToken));
        var podDirectory = Path.Combine(directory, "pod");
        Directory.CreateDirectory(podDirectory);
        PodOutcome? outcome = null;
        await Step(steps, $"run the pod, {orders} orders, SIGTERM", async () => outcome = await new PodRun(runner, http, output, podDirectory).RunAsync(pod, references, orders, cancellationToken));

        var labelArguments = await ImageLabelArguments.ValuesAsync(local, runner, tag, cancellationToken);
        var licence = LicenseFile.SpdxId(settings.Root);
        var problems = ImageChecks.Problems(app, exporter)
            .Concat(ImageLabelCheck.Problems(app, ImageLabelCheck.Expected(ImageDefinition.App, labelArguments, licence)))
            .Concat(ImageLabelCheck.Problems(exporter, ImageLabelCheck.Expected(ImageDefinition.Exporter, labelArguments, licence)))
            .Concat(outcome!.Problems()).ToList();
        var summary = new ImagesSummary(
            [.. new[] { app, exporter }.Select(f => new ImageSummary(references.First(r => r.Value == f.Reference).Key, f.Reference, f.SizeBytes, f.Layers))],
            outcome.OrdersSent, outcome.OrdersCounted,
            [.. outcome.Limits.Select(l => ContainerSummary.From(l.Key, l.Value))]);
        var report = ImagesReport.Render(summary, previous, steps, outcome, problems, [app, exporter]);
        await File.WriteAllTextAsync(Path.Combine(directory, "report.md"), report, cancellationToken);
        await File.WriteAllTextAsync(summaryPath, summary.ToJson(), cancellationToken);
        output.WriteLine(report);
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>Debian's packages this verb needs, by the command each provides.</summary>
    private static readonly IReadOnlyDictionary<string, string> ImagesTools = new Dictionary<string, string>
    {
        ["buildah"] = "buildah",
        ["podman"] = "podman",
        ["runc"] = "runc",
        ["docker-registry"] = "docker-registry",
        ["debootstrap"] = "debootstrap",
    };

    // Outside the repository and outside artifacts/, so Clean keeps it: the Debian root takes minutes to make.
    private static string StandInCache => Path.Combine(Path.GetTempPath(), "orders-images");

    private static async Task Step(List<(string, TimeSpan)> steps, string name, Func<Task> run)
    {
        var clock = Stopwatch.StartNew();
        await run();
        steps.Add((name, clock.Elapsed));
    }

    private static async Task ForEach(IEnumerable<string> items, Func<string, Task> run)
    {
        foreach (var item in items)
        {
            await run(item);
        }
    }

    private Task Podman(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        runner.RunCheckedAsync(new ToolCall("podman", arguments, TimeSpan.FromMinutes(10)), cancellationToken);
}
