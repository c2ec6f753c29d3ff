using System.Globalization;

namespace Orders.Pipeline.Report;

/// <summary>
/// A fractional figure over every HPA timing (replica-hours, a share of time): the lowest, the median and the
/// highest, the median taken as <see cref="FigureRange"/> takes it (the lower of the middle two), so it is always
/// a value some timing gave. Null when there was no timing to measure.
/// </summary>
public sealed record ValueRange(double Min, double Median, double Max)
{
    public static ValueRange? Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : new ValueRange(sorted[0], sorted[(sorted.Count - 1) / 2], sorted[^1]);
    }

    /// <summary>"12.5", or "12.5 / 13 / 14.2" (min / median / max) when the timings disagree at that precision.</summary>
    public string Text(string format = "0.#", string unit = "")
    {
        string One(double v) => v.ToString(format, CultureInfo.InvariantCulture) + unit;
        return One(Min) == One(Max) ? One(Min) : $"{One(Min)} / {One(Median)} / {One(Max)}";
    }
}
