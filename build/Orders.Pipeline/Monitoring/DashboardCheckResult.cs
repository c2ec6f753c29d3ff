namespace Orders.Pipeline.Monitoring;

/// <summary>What <see cref="DashboardQueryCheck"/> found: how many queries it sent, how many returned data,
/// the ones that did not, and how many it left out (series this Prometheus cannot have).</summary>
public sealed record DashboardCheckResult(int Checked, IReadOnlyList<DashboardQueryFailure> Failures, int LeftOut, string LeftOutNote,
    IReadOnlyDictionary<string, string> Variables)
{
    public int ReturnedData => Checked - Failures.Count;

    public bool AllReturnedData => Checked > 0 && Failures.Count == 0;

    /// <summary>The report's line, e.g. "dashboard queries: 12 of 12 returned data".</summary>
    public string Line => $"dashboard queries: {ReturnedData} of {Checked} returned data"
        + (LeftOut > 0 ? $" ({LeftOut} {LeftOutNote})" : "")
        + (Failures.Count > 0 ? "; no data: " + string.Join("; ", Failures) : "");
}
