using Orders.Pipeline.Deploy;
using Orders.Pipeline.Images;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;

namespace Orders.Pipeline.Local;

/// <summary>
/// The arguments the rendered manifests give the exporter container (k8s/base: its histogram buckets,
/// <c>--Exporter:DurationBuckets:N=…</c>), so Local's exporter records what a cluster's does and the latency
/// check judges the buckets that ship, not the exporter's defaults. The Deployment owns them; Local passes them on.
/// </summary>
public static class ManifestExporterArgs
{
    /// <summary>Renders the Kustomize directory <paramref name="manifests"/> and reads the exporter's args.</summary>
    public static async Task<IReadOnlyList<string>> RenderAsync(string manifests, CancellationToken cancellationToken) =>
        Read(await ManifestRenderer.ReadAsync(new ProcessRunner(TextWriter.Null), manifests, cancellationToken));

    public static IReadOnlyList<string> Read(RenderedManifests manifests)
    {
        var exporters = PodPlan.Read(manifests).Containers.Where(c => IsExporterImage(c.Image)).ToList();
        return exporters.Count == 1
            ? exporters[0].Args
            : throw new InvalidDataException(
                $"{manifests.Source}: {exporters.Count} containers run the {ImageDefinition.Exporter.Name} image; Local starts one exporter with that container's args, so the pod must have exactly one.");
    }

    /// <summary>True for the exporter's image whatever registry and tag an overlay gave it.</summary>
    private static bool IsExporterImage(string image)
    {
        var repository = image.Split('@')[0];
        return repository[(repository.LastIndexOf('/') + 1)..].Split(':')[0] == ImageDefinition.Exporter.Name;
    }
}
