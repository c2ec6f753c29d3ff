using Orders.Pipeline.Deploy;

namespace Orders.Pipeline.Images;

/// <summary>
/// The OCI labels read back from a built image (github.com/opencontainers/image-spec annotations.md), against
/// what the build should have put there: the title the image's name, source, revision and version the build
/// arguments DockerBuild passed (<see cref="ImageLabelArguments"/>), licenses the LICENSE file's identifier.
/// A label lost on the way (a LABEL moved into a build stage, an ARG declared before FROM) fails the run by name.
/// </summary>
public static class ImageLabelCheck
{
    public const string Prefix = "org.opencontainers.image.";

    public static IReadOnlyDictionary<string, string?> Expected(ImageDefinition image, IReadOnlyDictionary<string, string> buildArguments, string licence) =>
        new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [Prefix + "title"] = image.Name,
            [Prefix + "source"] = buildArguments.GetValueOrDefault(ImageLabelArguments.Source),
            [Prefix + "revision"] = buildArguments.GetValueOrDefault(ImageLabelArguments.Revision),
            [Prefix + "version"] = buildArguments.GetValueOrDefault(ImageLabelArguments.Version),
            [Prefix + "licenses"] = licence,
        };

    /// <summary>One problem per missing, empty or wrong label; an expected value of null means "any, but present"
    /// (the revision outside a git checkout, where the build knows no commit).</summary>
    public static IReadOnlyList<string> Problems(ImageFacts image, IReadOnlyDictionary<string, string?> expected)
    {
        var problems = new List<string>();
        foreach (var (label, value) in expected)
        {
            var actual = image.Labels.GetValueOrDefault(label);
            if (string.IsNullOrEmpty(actual))
            {
                problems.Add($"{image.Reference} lacks the label {label}{(value is null ? "" : $" (expected '{value}')")}: the Dockerfile's last stage must set it (LABEL after the ARGs it reads){(value is null ? "; outside a git checkout no revision is known, so build from a clone" : "")}.");
            }
            else if (value is not null && actual != value)
            {
                problems.Add($"{image.Reference} has the label {label}='{actual}', expected '{value}': the Dockerfile's LABEL must read the build argument DockerBuild passes (or the LICENSE file's licence).");
            }
        }
        return problems;
    }
}
