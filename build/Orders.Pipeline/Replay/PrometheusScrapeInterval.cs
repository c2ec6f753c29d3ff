using System.Text.Json;
using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Report;
using Orders.Pipeline.Yaml;
using Promql.Queries;
using Promql.Syntax;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Replay;

/// <summary>
/// The scrape intervals a Prometheus runs with: <c>global.scrape_interval</c> from <c>/api/v1/status/config</c>
/// (its loaded configuration as YAML inside JSON; Prometheus's default 1m when unset), and per <c>job</c> LABEL the
/// intervals of the targets that carry it, from <c>/api/v1/targets</c>. The label, not <c>job_name</c>: series
/// carry the label, which relabelling can change (the Prometheus Operator names a job
/// <c>podMonitor/&lt;ns&gt;/orders-exporter/0</c> while its series say <c>job="orders-exporter"</c>). A selector is
/// judged against the job labels its <c>job</c> matchers select (<c>=</c>, <c>!=</c>, <c>=~</c>, <c>!~</c>, as
/// Prometheus evaluates them), else the global interval (<see cref="Basis"/> says which). Null when the config
/// cannot be read (a proxy may hide it): the caller then says it does not know rather than guessing.
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
        var selected = Selected(selector);
        return selected is [] ? Global : selected.Max();
    }

    /// <summary>Where <see cref="For(VectorSelector)"/>'s interval comes from, for a warning to say.</summary>
    public string Basis(VectorSelector selector) => Selected(selector) is not []
        ? "the longest of the jobs it selects"
        : selector.AllMatchers.Any(m => m.Name == JobLabel)
            ? "the global scrape_interval: no scraped target's job label matches its job matcher"
            : "the global scrape_interval: it has no job matcher";

    private List<TimeSpan> Selected(VectorSelector selector)
    {
        var matchers = selector.AllMatchers.Where(m => m.Name == JobLabel).ToList();
        return matchers.Count == 0 ? [] : Jobs.Where(job => matchers.All(m => m.Matches(job.Key))).Select(job => job.Value).ToList();
    }

    public static async Task<PrometheusScrapeInterval?> ReadAsync(PrometheusClient prometheus, CancellationToken cancellationToken)
    {
        try
        {
            var data = await prometheus.GetDataAsync("api/v1/status/config", cancellationToken);
            var config = FromConfig(data.GetProperty("yaml").GetString() ?? "");
            return await WithTargetsAsync(config, prometheus, cancellationToken);
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

    /// <summary>The intervals by job label of the scraped targets (<c>/api/v1/targets</c>'s <c>data</c>): each
    /// label's longest, as a selector must hold enough samples of its slowest target. They replace the config's
    /// job_name of every scrape pool that has targets (relabelling can make the two disagree); a pool with none
    /// now (nothing discovered, or a Prometheus holding backfilled data) keeps its job_name, the label its series
    /// carry unless relabelled.</summary>
    public PrometheusScrapeInterval WithTargets(JsonElement targets)
    {
        var jobs = new Dictionary<string, TimeSpan>();
        var pools = new HashSet<string>();
        foreach (var target in targets.GetProperty("activeTargets").EnumerateArray())
        {
            if (target.TryGetProperty("scrapePool", out var pool) && pool.GetString() is { } name)
            {
                pools.Add(name);
            }
            if (target.GetProperty("labels").TryGetProperty(JobLabel, out var job) && job.GetString() is { } label
                && target.TryGetProperty("scrapeInterval", out var text) && text.GetString() is { } interval)
            {
                var each = PrometheusDuration.Parse(interval);
                jobs[label] = jobs.TryGetValue(label, out var known) && known > each ? known : each;
            }
        }
        foreach (var (name, interval) in Jobs.Where(job => !pools.Contains(job.Key)))
        {
            jobs[name] = jobs.TryGetValue(name, out var known) && known > interval ? known : interval;
        }
        return this with { Jobs = jobs };
    }

    /// <summary>With the targets' job labels; without them (an older Prometheus, a proxy that hides the endpoint)
    /// the config's job_name map, right wherever no relabelling renames the job.</summary>
    private static async Task<PrometheusScrapeInterval> WithTargetsAsync(PrometheusScrapeInterval config, PrometheusClient prometheus, CancellationToken cancellationToken)
    {
        try
        {
            return config.WithTargets(await prometheus.GetDataAsync("api/v1/targets?state=active", cancellationToken));
        }
        catch (Exception e) when (e is PrometheusQueryException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return config;
        }
    }

    /// <summary>Every job with the same interval: for a Prometheus whose configuration is known to be uniform
    /// (Local starts its own with one interval).</summary>
    public static PrometheusScrapeInterval Uniform(TimeSpan interval) => new(interval, new Dictionary<string, TimeSpan>());

    private static TimeSpan? Interval(YamlNode? node) =>
        node.Child("scrape_interval") is YamlScalarNode { Value: { } text } ? PrometheusDuration.Parse(text) : null;
}
