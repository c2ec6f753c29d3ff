using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Pipeline.Scaling;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli;

/// <summary>
/// --kubernetes-version and --keda-version: the versions whose arithmetic the model follows
/// (<see cref="ModelVersions"/>, docs/model-versions.md). A Kubernetes version is major.minor (a patch or a
/// leading v, as <c>kubectl version</c> prints it, is accepted and dropped); the project supports 1.30 and later.
/// </summary>
public static partial class ModelVersionsArgument
{
    public static Version Kubernetes(string option, string value)
    {
        var match = KubernetesForm().Match(value);
        if (!match.Success)
        {
            throw new ArgumentException($"--{option} '{value}' is refused: it accepts a Kubernetes version like 1.33 (or v1.33.2).");
        }
        var version = new Version(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return version < Deploy.KubernetesVersion.Required
            ? throw new ArgumentException($"--{option} {version} is refused: the project supports Kubernetes {Deploy.KubernetesVersion.Required} and later (native sidecars, the preStop sleep action).")
            : version;
    }

    /// <summary>A KEDA version as its chart is versioned (SemVer, which the grammar holds to three parts; a
    /// leading v, as a release tag writes it, is dropped); a pre-release reads as its release.</summary>
    public static Version Keda(string option, string value)
    {
        var semver = ArgumentGrammar.ChartVersion(option, value);
        return Version.Parse(semver.TrimStart('v').Split('-', '+')[0]);
    }

    /// <summary>The versions a verb models: each option as given, else <paramref name="clusterKubernetes"/> (read
    /// from a reachable cluster) or the option's default, and KEDA from <paramref name="kedaChart"/> (the chart a
    /// cluster run installed) when --keda-version is not given.</summary>
    public static ModelVersions From(CommandLine args, Version? clusterKubernetes = null, string? kedaChart = null)
    {
        var kubernetes = args.Given(O.KubernetesVersion) is { } k
            ? Kubernetes(O.KubernetesVersion.Name, k)
            : clusterKubernetes ?? Kubernetes(O.KubernetesVersion.Name, O.KubernetesVersion.Default!);
        var keda = args.Given(O.KedaVersion) ?? kedaChart ?? O.KedaVersion.Default!;
        return new ModelVersions(kubernetes, Keda(O.KedaVersion.Name, keda));
    }

    [GeneratedRegex(@"\Av?(\d{1,3})\.(\d{1,3})(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]*)?\z")]
    private static partial Regex KubernetesForm();
}
