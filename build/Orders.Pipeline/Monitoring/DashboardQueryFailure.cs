namespace Orders.Pipeline.Monitoring;

/// <summary>A dashboard query that returned no data: which panel, the query as sent, and why.</summary>
public sealed record DashboardQueryFailure(string Panel, string RefId, string Query, string Reason)
{
    public override string ToString() => $"\"{Panel}\" {RefId}: {Reason}: {Query}";
}
