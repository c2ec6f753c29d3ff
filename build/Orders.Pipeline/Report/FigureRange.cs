namespace Orders.Pipeline.Report;

/// <summary>
/// One figure over every HPA timing: the lowest, the median and the highest. Null stands for "never" (never
/// reached, or not within the observed range) and sorts above every number, so a max of null says that at some
/// timing it did not happen at all. With an even count the median is the lower of the middle two, so it is
/// always a value some timing gave.
/// </summary>
public sealed record FigureRange(int? Min, int? Median, int? Max)
{
    public static FigureRange Of(IEnumerable<int?> values)
    {
        var sorted = values.OrderBy(v => v ?? int.MaxValue).ThenBy(v => v is null).ToList();
        if (sorted.Count == 0)
        {
            return new FigureRange(null, null, null);
        }
        return new FigureRange(sorted[0], sorted[(sorted.Count - 1) / 2], sorted[^1]);
    }

    /// <summary>"5", or "4 / 5 / 5" (min / median / max) when the timings disagree; "never" for null.</summary>
    public string Text(string unit = "", string never = "never")
    {
        string One(int? v) => v is { } x ? x + unit : never;
        return Min == Max ? One(Min) : $"{One(Min)} / {One(Median)} / {One(Max)}";
    }
}
