using Promql.Syntax;

namespace Promql.Functions;

/// <summary>
/// Prometheus's function table, generated from prometheus/prometheus promql/parser/functions.go at commit
/// d15adb9ad7e5d9fbde3a9a8f30200593a5a14d86 (name, return type, variadic, experimental, argument types).
/// A name not listed here is refused by name ("unknown function with name ...").
/// </summary>
public static class PromqlFunctions
{
    private static readonly Dictionary<string, PromqlFunction> ByName = new PromqlFunction[]
    {
        F("abs", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("absent", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("absent_over_time", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("acos", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("acosh", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("asin", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("asinh", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("atan", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("atanh", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("avg_over_time", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("ceil", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("changes", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("clamp", PromqlType.Vector, 0, false, PromqlType.Vector, PromqlType.Scalar, PromqlType.Scalar),
        F("clamp_max", PromqlType.Vector, 0, false, PromqlType.Vector, PromqlType.Scalar),
        F("clamp_min", PromqlType.Vector, 0, false, PromqlType.Vector, PromqlType.Scalar),
        F("cos", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("cosh", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("count_over_time", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("days_in_month", PromqlType.Vector, 1, false, PromqlType.Vector),
        F("day_of_month", PromqlType.Vector, 1, false, PromqlType.Vector),
        F("day_of_week", PromqlType.Vector, 1, false, PromqlType.Vector),
        F("day_of_year", PromqlType.Vector, 1, false, PromqlType.Vector),
        F("deg", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("end", PromqlType.Scalar, 0, true),
        F("delta", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("deriv", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("exp", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("first_over_time", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("floor", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("histogram_avg", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("histogram_count", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("histogram_sum", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("histogram_stddev", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("histogram_stdvar", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("histogram_fraction", PromqlType.Vector, 0, false, PromqlType.Scalar, PromqlType.Scalar, PromqlType.Vector),
        F("histogram_quantile", PromqlType.Vector, 0, false, PromqlType.Scalar, PromqlType.Vector),
        F("histogram_quantiles", PromqlType.Vector, 9, true, PromqlType.Vector, PromqlType.String, PromqlType.Scalar, PromqlType.Scalar),
        F("double_exponential_smoothing", PromqlType.Vector, 0, true, PromqlType.Matrix, PromqlType.Scalar, PromqlType.Scalar),
        F("hour", PromqlType.Vector, 1, false, PromqlType.Vector),
        F("idelta", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("increase", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("info", PromqlType.Vector, 1, true, PromqlType.Vector, PromqlType.Vector),
        F("irate", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("label_replace", PromqlType.Vector, 0, false, PromqlType.Vector, PromqlType.String, PromqlType.String, PromqlType.String, PromqlType.String),
        F("label_join", PromqlType.Vector, -1, false, PromqlType.Vector, PromqlType.String, PromqlType.String, PromqlType.String),
        F("max_of", PromqlType.Scalar, 0, true, PromqlType.Scalar, PromqlType.Scalar),
        F("last_over_time", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("min_of", PromqlType.Scalar, 0, true, PromqlType.Scalar, PromqlType.Scalar),
        F("ln", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("log10", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("log2", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("mad_over_time", PromqlType.Vector, 0, true, PromqlType.Matrix),
        F("max_over_time", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("min_over_time", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("ts_of_first_over_time", PromqlType.Vector, 0, true, PromqlType.Matrix),
        F("ts_of_max_over_time", PromqlType.Vector, 0, true, PromqlType.Matrix),
        F("ts_of_min_over_time", PromqlType.Vector, 0, true, PromqlType.Matrix),
        F("ts_of_last_over_time", PromqlType.Vector, 0, true, PromqlType.Matrix),
        F("minute", PromqlType.Vector, 1, false, PromqlType.Vector),
        F("month", PromqlType.Vector, 1, false, PromqlType.Vector),
        F("pi", PromqlType.Scalar, 0, false),
        F("predict_linear", PromqlType.Vector, 0, false, PromqlType.Matrix, PromqlType.Scalar),
        F("present_over_time", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("quantile_over_time", PromqlType.Vector, 0, false, PromqlType.Scalar, PromqlType.Matrix),
        F("rad", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("range", PromqlType.Scalar, 0, true),
        F("rate", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("resets", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("round", PromqlType.Vector, 1, false, PromqlType.Vector, PromqlType.Scalar),
        F("scalar", PromqlType.Scalar, 0, false, PromqlType.Vector),
        F("sgn", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("sin", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("sinh", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("sort", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("sort_desc", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("sort_by_label", PromqlType.Vector, -1, true, PromqlType.Vector, PromqlType.String),
        F("sort_by_label_desc", PromqlType.Vector, -1, true, PromqlType.Vector, PromqlType.String),
        F("sqrt", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("start", PromqlType.Scalar, 0, true),
        F("start_timestamp", PromqlType.Vector, 0, true, PromqlType.Vector),
        F("step", PromqlType.Scalar, 0, true),
        F("stddev_over_time", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("stdvar_over_time", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("sum_over_time", PromqlType.Vector, 0, false, PromqlType.Matrix),
        F("tan", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("tanh", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("time", PromqlType.Scalar, 0, false),
        F("timestamp", PromqlType.Vector, 0, false, PromqlType.Vector),
        F("vector", PromqlType.Vector, 0, false, PromqlType.Scalar),
        F("year", PromqlType.Vector, 1, false, PromqlType.Vector),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Every known function, experimental ones included.</summary>
    public static IEnumerable<PromqlFunction> All => ByName.Values;

    /// <summary>Looks a function up by its exact (case-sensitive) name, as Prometheus does.</summary>
    public static bool TryGet(string name, out PromqlFunction function) =>
        ByName.TryGetValue(name, out function!);

    private static PromqlFunction F(string name, PromqlType returns, int variadic, bool experimental, params PromqlType[] args) =>
        new(name, returns, variadic, experimental, args);
}
