using System.Globalization;
using Orders.Pipeline.Scaling.Formula;
using Orders.Pipeline.Yaml;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Scaling;

/// <summary>
/// <c>spec.advanced.scalingModifiers</c> as KEDA 2.20's webhook validates it (apis/keda/v1alpha1/scaledobject_webhook.go
/// <c>ValidateAndCompileScalingModifiers</c> and the functions after it; keda-advanced.md §d): an empty block is no
/// modifiers; otherwise the formula is mandatory, a target is required with it and must be a number &gt; 0,
/// activationTarget defaults to 0, metricType to AverageValue (Utilization refused), and the formula must compile
/// against the triggers' names (<see cref="FormulaParser"/>).
/// </summary>
internal static class ScalingModifiersReader
{
    public static ScalingModifiers? Read(YamlMappingNode? node, IReadOnlyList<PrometheusTrigger> triggers, string where)
    {
        var field = "spec.advanced.scalingModifiers";
        var formula = node.Scalar("formula");
        var target = node.Scalar("target");
        if (node is null || (string.IsNullOrEmpty(formula) && string.IsNullOrEmpty(target) && node.Scalar("activationTarget") is null))
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(formula))
        {
            throw new InvalidDataException($"{where}: {field}.formula is mandatory once scalingModifiers is set (KEDA: error ScalingModifiers.Formula is mandatory).");
        }
        if (string.IsNullOrWhiteSpace(target))
        {
            throw new InvalidDataException($"{where}: {field}.target is required with a formula (KEDA: formula is given but target is empty), e.g. target: \"10\".");
        }
        return new ScalingModifiers(
            FormulaParser.Parse(formula, [.. triggers.Select(t => t.Name)], $"{where}: {field}.formula '{formula}'"),
            Positive(target, $"{field}.target", where),
            node.Scalar("activationTarget") is { Length: > 0 } a ? Float(a, $"{field}.activationTarget", where) : 0,
            ManifestFields.MetricType(node.Scalar("metricType"), $"{field}.metricType", where));
    }

    private static double Positive(string text, string field, string where) =>
        Float(text, field, where) is var value and > 0
            ? value
            : throw new InvalidDataException($"{where}: {field} '{text}' must be a number > 0 (KEDA: error converting target for scalingModifiers).");

    private static double Float(string text, string field, string where) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{where}: {field} '{text}' is not a number (a string holding one, e.g. \"2.5\").");
}
