using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;
using Orders.Pipeline.Scaling;
using Orders.Pipeline.Yaml;

namespace Orders.Pipeline.Replay;

/// <summary>
/// The ScaledObjects a replay judges: YAML files (multi-document; other kinds ignored, a file with none is an
/// error naming it), folders (every ScaledObject in their *.yaml/*.yml), kustomization folders (rendered by
/// <c>kubectl kustomize</c>; with a namespace, as Apply deploys them: <c>namespace:</c> set, which also fills
/// k8s/base's <c>$(ORDERS_NAMESPACE)</c>, replaced in plain files too), <c>-</c> (stdin) and ScaledObjects read
/// from the cluster (<see cref="ClusterScaledObjects"/>). The project's two defaults are labelled <c>ours</c> and
/// <c>tutorial</c>; any other by its <c>metadata.name</c>.
/// </summary>
public static class ScaledObjectSources
{
    public sealed record Source(string Label, string Path, ScaledObjectSpec Spec);

    /// <summary>The names kubectl kustomize looks for in a folder.</summary>
    private static readonly string[] Kustomizations = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    public static async Task<IReadOnlyList<Source>> ReadAsync(IReadOnlyList<string> paths, string? @namespace, string root, CancellationToken cancellationToken) =>
        Labelled(await ReadPathsAsync(paths, @namespace, root, null, cancellationToken));

    /// <summary>The ScaledObjects of each path, by the path relative to <paramref name="root"/>.</summary>
    public static async Task<IReadOnlyList<(string Path, IReadOnlyList<ScaledObjectSpec> Specs)>> ReadPathsAsync(
        IReadOnlyList<string> paths, string? @namespace, string root, TextReader? stdin, CancellationToken cancellationToken)
    {
        var runner = new ProcessRunner(TextWriter.Null); // kubectl kustomize's argv is not worth a line of the report's output
        var found = new List<(string Path, IReadOnlyList<ScaledObjectSpec> Specs)>();
        foreach (var path in paths)
        {
            var relative = path == "-" ? "-" : System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
            found.Add((relative, await ReadPathAsync(path, relative, @namespace, runner, stdin, cancellationToken)));
        }
        return found;
    }

    /// <summary>Labels every ScaledObject and refuses two with one label (their columns would collide).</summary>
    public static IReadOnlyList<Source> Labelled(IEnumerable<(string Path, IReadOnlyList<ScaledObjectSpec> Specs)> found)
    {
        var sources = new List<Source>();
        foreach (var (relative, specs) in found)
        {
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

    private static async Task<IReadOnlyList<ScaledObjectSpec>> ReadPathAsync(
        string path, string relative, string? @namespace, IProcessRunner runner, TextReader? stdin, CancellationToken cancellationToken)
    {
        if (path == "-")
        {
            return ScaledObjectReader.ReadAll(Substitute(await (stdin ?? Console.In).ReadToEndAsync(cancellationToken), @namespace), "stdin");
        }
        if (Directory.Exists(path) && Kustomizations.Any(k => File.Exists(System.IO.Path.Combine(path, k))))
        {
            var manifests = @namespace is null
                ? await ManifestRenderer.ReadAsync(runner, path, cancellationToken)
                : await ManifestRenderer.ReadAsync(runner, path, @namespace, $"kubectl kustomize {relative} (namespace {@namespace})", cancellationToken);
            return ScaledObjectReader.ReadAll(manifests.Documents, manifests.Source);
        }
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            var specs = new List<ScaledObjectSpec>();
            foreach (var file in files)
            {
                var source = relative + "/" + System.IO.Path.GetFileName(file);
                var documents = YamlNodes.Load(Substitute(await File.ReadAllTextAsync(file, cancellationToken), @namespace), source);
                if (documents.Any(d => d.Scalar("kind") == "ScaledObject"))
                {
                    specs.AddRange(ScaledObjectReader.ReadAll(documents, source));
                }
            }
            return specs.Count > 0 ? specs : throw new InvalidDataException(
                $"{relative}: no ScaledObject in its {files.Count} *.yaml/*.yml file(s); give the folder or file that holds one (or a kustomization folder).");
        }
        if (File.Exists(path))
        {
            return ScaledObjectReader.ReadAll(Substitute(await File.ReadAllTextAsync(path, cancellationToken), @namespace), relative);
        }
        throw new ArgumentException($"--scaledobject {relative}: no such directory or file (give a YAML file, a folder of them, a kustomization folder, or - for stdin).");
    }

    private static string Substitute(string yaml, string? @namespace) =>
        @namespace is null ? yaml : yaml.Replace("$(ORDERS_NAMESPACE)", @namespace, StringComparison.Ordinal);
}
