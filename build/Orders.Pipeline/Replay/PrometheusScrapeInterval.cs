using System.Text.RegularExpressions;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Yaml;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Replay;

/// <summary>
/// The scrape intervals a Prometheus runs with, read from <c>/api/v1/status/config</c> (its loaded configuration
/// as YAML inside JSON): <c>global.scrape_interval</c> (Prometheus's default 1m when unset) and each job's own.
/// A query is judged against the interval of the job it selects (<c>job="…"</c>), else the global one. Null when
/// the endpoint cannot be read (a proxy may hide it): the caller then says it does not know rather than guessing.
/// </summary>
public sealed partial record PrometheusScrapeInterval(TimeSpan Global, IReadOnlyDictionary<string, TimeSpan> Jobs)
{
    public static readonly TimeSpan PrometheusDefault = TimeSpan.FromMinutes(1);

    /// <summary>The interval the series of <paramref name="query"/> are scraped at: its job's, else the global one.</summary>
    public TimeSpan For(string query) =>
        JobMatcher().Match(query) is { Success: true } m && Jobs.TryGetValue(m.Groups["job"].Value, out var own) ? own : Global;

    public static async Task<PrometheusScrapeInterval?> ReadAsync(PrometheusClient prometheus, CancellationToken cancellationToken)
    {
        try
        {
            var data = await prometheus.GetDataAsync("api/v1/status/config", cancellationToken);
            return FromConfig(data.GetProperty("yaml").GetString() ?? "");
        }
        catch (Exception e) when (e is PrometheusQueryException or KeyNotFoundException or InvalidOperationException or FormatException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The intervals of a Prometheus configuration (YAML): global (the default 1m when not set) and
    /// each <c>scrape_configs</c> job's (the global one where the job sets none).</summary>
    public static PrometheusScrapeInterval FromConfig(string yaml)
    {
        var root = YamlNodes.Load(yaml, "Prometheus's /api/v1/status/config").FirstOrDefault();
        var global = Interval(root.Child("global")) ?? PrometheusDefault;
        var jobs = new Dictionary<string, TimeSpan>();
        if (root.Child("scrape_configs") is YamlSequenceNode configs)
        {
            foreach (var job in configs.OfType<YamlMappingNode>())
            {
                if (job.Child("job_name") is YamlScalarNode { Value: { } name })
                {
                    jobs[name] = Interval(job) ?? global;
                }
            }
        }
        return new PrometheusScrapeInterval(global, jobs);
    }

    private static TimeSpan? Interval(YamlNode? node) =>
        node.Child("scrape_interval") is YamlScalarNode { Value: { } text } ? PrometheusDuration.Parse(text) : null;

    [GeneratedRegex(@"\bjob\s*=\s*""(?<job>[^""]*)""", RegexOptions.ExplicitCapture)]
    private static partial Regex JobMatcher();
}
