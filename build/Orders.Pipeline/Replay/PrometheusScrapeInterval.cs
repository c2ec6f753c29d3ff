using System.Text.Json;
using Orders.Pipeline.Prometheus;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Replay;

/// <summary>
/// The scrape interval a Prometheus runs with, read from <c>/api/v1/status/config</c> (its loaded configuration
/// as YAML inside JSON): <c>global.scrape_interval</c>, Prometheus's default 1m when unset. Null when the
/// endpoint cannot be read (a proxy may hide it): the caller then says it does not know rather than guessing.
/// </summary>
public static class PrometheusScrapeInterval
{
    public static readonly TimeSpan PrometheusDefault = TimeSpan.FromMinutes(1);

    public static async Task<TimeSpan?> ReadAsync(HttpClient prometheus, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await prometheus.GetAsync("api/v1/status/config", cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return FromConfig(json.RootElement.GetProperty("data").GetProperty("yaml").GetString() ?? "");
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>global.scrape_interval of a Prometheus configuration (YAML); the default 1m when it is not set.</summary>
    public static TimeSpan FromConfig(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        if (root is not null && root.Children.TryGetValue("global", out var g) && g is YamlMappingNode global
            && global.Children.TryGetValue("scrape_interval", out var i) && i is YamlScalarNode { Value: { } text })
        {
            return PrometheusDuration.Parse(text);
        }
        return PrometheusDefault;
    }
}
