namespace Orders.Pipeline.Monitoring;

/// <summary>One query of a panel, as written in the dashboard (variables not substituted).</summary>
public sealed record DashboardTarget(string Panel, string RefId, string Expr, string? DatasourceUid, string? Legend = null);
