namespace Orders.Exporter.Tests.Support;

/// <summary>Reads a running exporter process's /metrics into name -> value (see MetricsText).</summary>
public static class ExporterScrape
{
    public static async Task<Dictionary<string, double>> MetricsAsync(this ServiceProcess exporter) =>
        MetricsText.Parse(await exporter.Http.GetStringAsync(new Uri(exporter.BaseAddress, "/metrics")));
}
