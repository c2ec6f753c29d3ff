namespace Orders.Pipeline.Monitoring;

/// <summary>The two report lines of a local run's monitoring check, and the dashboard picture it drew.</summary>
public sealed record LocalMonitoringResult(DashboardCheckResult Dashboard, string AlertsLine, string PicturePath)
{
    public string DashboardLine => Dashboard.Line;
}
