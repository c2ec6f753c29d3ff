using System.Globalization;
using Orders.Pipeline.Yaml;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Scaling;

/// <summary>The typed fields of a ScaledObject as KEDA's CRD and scalers read them, each error naming where
/// (<c>where</c>: file, line, ScaledObject) and the field, and what a valid value looks like.</summary>
internal static class ManifestFields
{
    public static int? Int(YamlMappingNode node, string key, string where) =>
        node.Scalar(key) is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
                ? value
                : throw new InvalidDataException($"{where}: {key} '{text}' is not a whole number >= 0.")
            : null;

    public static TimeSpan? Seconds(YamlMappingNode node, string key, string where) =>
        Int(node, key, where) is { } s ? TimeSpan.FromSeconds(s) : null;

    public static double Number(string text, string field, string where) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new InvalidDataException($"{where}: {field} '{text}' is not a number >= 0 (KEDA wants a string holding a number, e.g. \"10\").");

    /// <summary>KEDA reads its boolean metadata with Go's <c>strconv.ParseBool</c>: exactly these spellings, no
    /// spaces, no other casing (bool.TryParse would take " TrUe ", which KEDA refuses).</summary>
    public static bool Bool(string text, string field, string where) => text switch
    {
        "1" or "t" or "T" or "TRUE" or "true" or "True" => true,
        "0" or "f" or "F" or "FALSE" or "false" or "False" => false,
        _ => throw new InvalidDataException($"{where}: {field} '{text}' is not true or false (KEDA takes Go's spellings: true, True, TRUE, t, T, 1 and false, False, FALSE, f, F, 0)."),
    };

    public static MetricTargetType MetricType(string? text, string field, string where) => text switch
    {
        null or "AverageValue" => MetricTargetType.AverageValue,
        "Value" => MetricTargetType.Value,
        _ => throw new InvalidDataException($"{where}: {field} '{text}' is not AverageValue or Value (Utilization is for CPU/memory)."),
    };
}
