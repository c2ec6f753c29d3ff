using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orders.K8s.Tests.Rendering;

namespace Orders.K8s.Tests.Policies;

/// <summary>
/// threshold (required, > 0) and activationThreshold (optional, >= 0) are strings holding numbers: KEDA
/// parses them as floats, and the CRD types trigger metadata as strings, so an unquoted number is rejected.
/// </summary>
public sealed class ThresholdsAreNumbers : IManifestPolicy
{
    public IEnumerable<PolicyViolation> Check(ManifestSet manifests)
    {
        foreach (var scaledObject in manifests.ScaledObjects)
        {
            foreach (var (metadata, path, _) in ScaledObjectTriggers.Of(scaledObject))
            {
                if (!IsQuotedNumber(metadata["threshold"], out var threshold) || threshold <= 0)
                {
                    yield return new(Describe.Object(scaledObject), $"{path}.threshold",
                        "a quoted number above 0, e.g. \"10\"", Describe.Value(metadata["threshold"]));
                }

                var activation = metadata["activationThreshold"];
                if (activation is not null && (!IsQuotedNumber(activation, out var value) || value < 0))
                {
                    yield return new(Describe.Object(scaledObject), $"{path}.activationThreshold",
                        "a quoted number of 0 or more, e.g. \"1\"", Describe.Value(activation));
                }
            }
        }
    }

    private static bool IsQuotedNumber(JsonNode? node, out double number)
    {
        number = 0;
        return node is JsonValue value
            && value.GetValueKind() == JsonValueKind.String
            && double.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            && double.IsFinite(number);
    }
}
