using System.Text.Json;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Deploy;

/// <summary>
/// --keda=existing: the cluster's KEDA must serve the ScaledObject CRD (keda.sh/v1alpha1) and accept every field our
/// ScaledObject sets. The rule is checked on the CRD's own schema, field by field, because the API server prunes a
/// field its CRD does not declare without an error: an older KEDA would silently run without it. The field that sets
/// the floor today is spec.fallback.behavior (currentReplicasIfHigher), added in KEDA 2.17 (kedacore/keda#6464), so
/// KEDA 2.17 or later is the version rule; a CRD labelled with an older app.kubernetes.io/version fails too.
/// </summary>
public sealed class ExistingKedaCheck(ClusterSettings settings, IProcessRunner runner, TextWriter output)
{
    public const string Crd = "scaledobjects.keda.sh";
    public static readonly Version MinimumKeda = new(2, 17, 0);

    public async Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken cancellationToken)
    {
        var crd = await runner.RunAsync(Kubectl.Call(settings, TimeSpan.FromMinutes(1), ["get", "crd", Crd], null, "--output=json") with { CaptureOutput = true }, cancellationToken);
        if (crd.ExitCode != 0)
        {
            var said = crd.StandardError.Trim().Split('\n')[0];
            return [$"--keda=existing, but `kubectl get crd {Crd}` failed ({(said.Length > 0 ? said : "exit code " + crd.ExitCode)}): if the cluster has no KEDA, install KEDA {MinimumKeda.ToString(2)}+ first or let Deploy install it (--keda=install); if reading CRDs is forbidden, ask for `get` on customresourcedefinitions."];
        }
        using var document = JsonDocument.Parse(crd.StandardOutput);
        var root = document.RootElement;
        var version = root.GetProperty("metadata").TryGetProperty("labels", out var labels) && labels.TryGetProperty("app.kubernetes.io/version", out var v) ? v.GetString() : null;
        output.WriteLine($"KEDA: {Crd} served (KEDA {version ?? "version not labelled"})");
        var served = root.GetProperty("spec").GetProperty("versions").EnumerateArray()
            .FirstOrDefault(x => x.GetProperty("name").GetString() == "v1alpha1" && x.GetProperty("served").GetBoolean());
        if (served.ValueKind == JsonValueKind.Undefined)
        {
            return [$"--keda=existing, but {Crd} does not serve keda.sh/v1alpha1, the version the ScaledObject is written in: upgrade KEDA to {MinimumKeda.ToString(2)}+."];
        }
        var problems = new List<string>();
        if (version is not null && Version.TryParse(version.TrimStart('v').Split('-')[0], out var found) && found < MinimumKeda)
        {
            problems.Add($"--keda=existing, but the cluster runs KEDA {version}; the ScaledObject needs {MinimumKeda.ToString(2)} or later (spec.fallback.behavior). Upgrade KEDA, or use a cluster where Deploy may install it.");
        }
        var manifests = await ManifestRenderer.ReadAsync(runner, settings.Manifests, settings.Namespace, cancellationToken);
        var schema = served.GetProperty("schema").GetProperty("openAPIV3Schema");
        foreach (var scaledObject in manifests.ScaledObjects)
        {
            problems.AddRange(CrdSchema.Unsupported(scaledObject, schema, "").Select(field =>
                $"--keda=existing, but the cluster's {Crd} does not accept {field}, which the ScaledObject sets: KEDA {MinimumKeda.ToString(2)} or later accepts every field it uses. Upgrade KEDA."));
        }
        return problems;
    }
}
