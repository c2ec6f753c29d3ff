using System.Globalization;

namespace Orders.Pipeline.Report;

/// <summary>
/// The four <c>timeline.csv</c> columns one ScaledObject adds, in Local's and the replay's timeline alike: its
/// query's value and the model's band (median, min, max). Empty cells mean "no value that second".
/// </summary>
public static class ScaledObjectColumns
{
    /// <param name="prefix">"" for Local's own ScaledObject, else its label: <c>tutorial_query_value</c>.</param>
    public static IEnumerable<string> Header(string prefix) =>
        new[] { "query_value", "expected_replicas", "expected_replicas_min", "expected_replicas_max" }
            .Select(name => prefix.Length == 0 ? name : $"{prefix}_{name}");

    public static IEnumerable<string> Cells(double? queryValue, ReplicaBand band, int second) =>
        [Format(queryValue), Format(band.Median[second]), Format(band.Min[second]), Format(band.Max[second])];

    public static string Format(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "";
}
