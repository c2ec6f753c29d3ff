using Orders.Pipeline.Cluster;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Replay;

/// <summary>
/// The ScaledObjects a replay judges, from kustomization directories (rendered as Apply deploys them, with
/// <c>namespace:</c> set to --namespace, which also fills k8s/base's <c>$(ORDERS_NAMESPACE)</c>) or plain YAML
/// files (where <c>$(ORDERS_NAMESPACE)</c> is replaced by --namespace). The project's two defaults are labelled
/// <c>ours</c> and <c>tutorial</c>; any other by its <c>metadata.name</c>.
/// </summary>
public static class ScaledObjectSources
{
    public sealed record Source(string Label, string Path, ScaledObjectSpec Spec);

    public static async Task<IReadOnlyList<Source>> ReadAsync(IReadOnlyList<string> paths, string @namespace, string root, CancellationToken cancellationToken)
    {
        var sources = new List<Source>();
        foreach (var path in paths)
        {
            var relative = System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
            IReadOnlyList<ScaledObjectSpec> specs;
            if (Directory.Exists(path))
            {
                var manifests = await ManifestRenderer.ReadAsync(
                    new ProcessRunner(TextWriter.Null), path, @namespace, $"kubectl kustomize {relative} (namespace {@namespace})", cancellationToken);
                specs = ScaledObjectReader.ReadAll(manifests.Documents, manifests.Source);
            }
            else if (File.Exists(path))
            {
                var yaml = (await File.ReadAllTextAsync(path, cancellationToken)).Replace("$(ORDERS_NAMESPACE)", @namespace, StringComparison.Ordinal);
                specs = ScaledObjectReader.ReadAll(yaml, relative);
            }
            else
            {
                throw new ArgumentException($"--scaledobject {relative}: no such directory or file (give a kustomization directory or a YAML file).");
            }
            foreach (var spec in specs)
            {
                var label = relative switch
                {
                    "k8s/base" => "ours",
                    "k8s/tutorial" => "tutorial",
                    _ => spec.Name,
                };
                sources.Add(new Source(specs.Count > 1 && label is "ours" or "tutorial" ? $"{label}-{spec.Name}" : label, relative, spec));
            }
        }
        var duplicate = sources.GroupBy(s => s.Label).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"--scaledobject: two ScaledObjects are named '{duplicate.Key}' ({string.Join(", ", duplicate.Select(d => d.Path))}); replay them one at a time.");
        }
        return sources;
    }
}
