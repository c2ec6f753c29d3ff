namespace Orders.Pipeline.Monitoring;

/// <summary>A panel: its title, the unit of its values, its data source and its queries.</summary>
public sealed record DashboardPanel(string Title, string? Unit, string? DatasourceUid, IReadOnlyList<DashboardTarget> Targets);
