using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Report;
using Orders.Pipeline.Yaml;
using Promql.Queries;
using Promql.Syntax;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Replay;

/// <summary>
/// The scrape intervals a Prometheus runs with, read from <c>/api/v1/status/config</c> (its loaded configuration
/// as YAML inside JSON): <c>global.scrape_interval</c> (Prometheus's default 1m when unset) and each job's own.
/// A selector is judged against the jobs its <c>job</c> matchers select (<c>=</c>, <c>!=</c>, <c>=~</c>, <c>!~</c>,
/// as Prometheus evaluates them), else the global interval. Null when the endpoint cannot be read (a proxy may
/// hide it): the caller then says it does not know rather than guessing.
/// </summary>
public sealed record PrometheusScrapeInterval(TimeSpan Global, IReadOnlyDictionary<string, TimeSpan> Jobs)
{
    public static readonly TimeSpan PrometheusDefault = TimeSpan.FromMinutes(1);

    private const string JobLabel = "job";

    /// <summary>The interval the series of <paramref name="query"/> are scraped at: the longest of its selectors'.</summary>
    public TimeSpan For(string query) =>
        Selectors.Of(TriggerQuery.Parse(query)).Select(For).DefaultIfEmpty(Global).Max();

    /// <summary>The interval the series of one selector are scraped at: the longest among the jobs its job
    /// matchers select (a window must hold enough samples of the slowest), else the global one (no job
    /// matcher, or none of this Prometheus's jobs matches).</summary>
    public TimeSpan For(VectorSelector selector)
    {
        var matchers = selector.AllMatchers.Where(m => m.Name == JobLabel).ToList();
        if (matchers.Count == 0)
        {
            return Global;
        }
        return Jobs.Where(job => matchers.All(m => m.Matches(job.Key))).Select(job => job.Value).DefaultIfEmpty(Global).Max();
    }

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

    /// <summary>Every job with the same interval: for a Prometheus whose configuration is known to be uniform
    /// (Local starts its own with one interval).</summary>
    public static PrometheusScrapeInterval Uniform(TimeSpan interval) => new(interval, new Dictionary<string, TimeSpan>());

    private static TimeSpan? Interval(YamlNode? node) =>
        node.Child("scrape_interval") is YamlScalarNode { Value: { } text } ? PrometheusDuration.Parse(text) : null;
}
