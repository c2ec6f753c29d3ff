using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Replay;
using Orders.Pipeline.Scaling;
using Promql.Queries;
using Promql.Syntax;

namespace Orders.Pipeline.Report;

/// <summary>
/// What a trigger's query gets wrong or risks as a scaling signal, read from its syntax tree (never from
/// patterns over its text), each warning naming the part of the query it is about and what to change.
/// </summary>
public static class QueryLint
{
    /// <summary>Functions that read a range as a counter (resets are increases): a gauge going down reads as a reset.</summary>
    private static readonly HashSet<string> CounterFunctions = ["rate", "irate", "increase"];

    /// <summary>Prometheus's own test for "might not be a counter" (its annotation on rate over other names).</summary>
    private static readonly string[] CounterSuffixes = ["_total", "_sum", "_count", "_bucket"];

    public static IEnumerable<string> For(PrometheusTrigger trigger, PrometheusScrapeInterval? scrape)
    {
        var tree = TriggerQuery.Parse(trigger.Query);
        return [
            .. Windows(tree, scrape), .. TimeModifierWarnings(tree), .. Subqueries(tree), .. CounterUse(tree),
            .. Shape(tree, trigger),
        ];
    }

    private static IEnumerable<string> Windows(Expr tree, PrometheusScrapeInterval? scrape)
    {
        foreach (var window in RangeWindows.Of(tree).Where(w => w.Selector is not null))
        {
            if (scrape?.For(window.Selector!) is { } interval && window.Range < QueryWindow.MinimumScrapes * interval)
            {
                yield return $"the query's range window [{PrometheusDuration.Format(window.Range)}] on {window.Selector} ({window.Range.TotalSeconds:0} s) is under {QueryWindow.MinimumScrapes} scrape intervals ({interval.TotalSeconds:0} s each, {scrape.Basis(window.Selector!)}): rate() can find fewer than 2 samples and return nothing, which KEDA reads as 0 (or, with ignoreNullValues false, as an error that freezes the count). Use a window of at least {QueryWindow.MinimumScrapes * interval.TotalSeconds:0} s.";
            }
        }
    }

    private static IEnumerable<string> TimeModifierWarnings(Expr tree)
    {
        foreach (var modifier in TimeModifiers.Of(tree))
        {
            if (modifier.Offset > TimeSpan.Zero)
            {
                yield return $"offset {PrometheusDuration.Format(modifier.Offset)} on {modifier.Target} delays the scaling signal by {modifier.Offset.TotalSeconds:0} s: the HPA reacts to the load of that long ago. Remove the offset.";
            }
            else if (modifier.Offset < TimeSpan.Zero)
            {
                yield return $"offset -{PrometheusDuration.Format(-modifier.Offset)} on {modifier.Target} reads {(-modifier.Offset).TotalSeconds:0} s ahead of the poll, where KEDA's instant query finds no sample yet: the value is empty or stale. Remove the offset.";
            }
            if (modifier.At is { Kind: AtKind.Timestamp } at)
            {
                yield return $"{at} on {modifier.Target} freezes the scaling signal at one instant: the value never changes, so the HPA never follows the load. Remove the @ modifier.";
            }
            else if (modifier.At is { } edge)
            {
                yield return $"{edge} on {modifier.Target}: KEDA's instant query evaluates it at the poll time, but a range query (this replay, a Grafana panel) evaluates every step at the range's {(edge.Kind == AtKind.Start ? "start" : "end")}, so the replay shows a frozen value KEDA never sees. Remove the @ modifier.";
            }
        }
    }

    private static IEnumerable<string> Subqueries(Expr tree)
    {
        foreach (var window in RangeWindows.Of(tree).Where(w => w.IsSubquery))
        {
            var range = PrometheusDuration.Format(window.Range);
            if (window.Step is not { } step)
            {
                yield return $"the subquery [{range}:] has no resolution: it takes Prometheus's global evaluation_interval (1m unless configured), which the ScaledObject does not show, so its number of points changes with the server. Write one, e.g. [{range}:{PrometheusDuration.Format(window.Range / QueryWindow.MinimumScrapes)}].";
            }
            else if (window.Range < QueryWindow.MinimumScrapes * step)
            {
                yield return $"the subquery [{range}:{PrometheusDuration.Format(step)}] evaluates its inner query only {window.Range / step:0} times: one point more or less moves the result in jumps. Use a resolution of at most {PrometheusDuration.Format(window.Range / QueryWindow.MinimumScrapes)}.";
            }
        }
    }

    private static IEnumerable<string> CounterUse(Expr tree)
    {
        foreach (var call in SyntaxWalker.Descendants(tree).OfType<Call>().Where(c => CounterFunctions.Contains(c.Function.Name)))
        {
            if (call.Args[0] is MatrixSelector { Selector.MetricName: { } name } && !IsCounterName(name))
            {
                yield return $"{call.Function.Name}() over {name}, which by its name is not a counter (Prometheus: \"metric might not be a counter, name does not end in _total/_sum/_count/_bucket\"): a gauge going down reads as a counter reset, so the value jumps. Use avg_over_time() or max_over_time() for a gauge.";
            }
        }
        var inRanges = SyntaxWalker.Descendants(tree)
            .Where(n => n is MatrixSelector or SubqueryExpr).SelectMany(SyntaxWalker.Descendants).ToHashSet();
        foreach (var selector in Selectors.Of(tree).Where(s => !inRanges.Contains(s) && s.MetricName is { } name && IsCounterName(name)))
        {
            yield return $"{selector} is a counter read without a range: its raw value only grows, so the HPA scales up and never down. Use rate({selector.MetricName}{{…}}[window]).";
        }
    }

    private static IEnumerable<string> Shape(Expr tree, PrometheusTrigger trigger)
    {
        if (SeriesCount.SeveralFrom(tree) is { } several)
        {
            yield return $"the query can return several series ({several} is not aggregated to one): KEDA's prometheus scaler needs a single element and fails the poll with \"returned multiple elements\". Aggregate it, e.g. sum(...).";
        }
        if (Selectors.Of(tree).Any(s => s.AllMatchers.All(m => m.Name == LabelMatcher.MetricNameLabel)))
        {
            yield return "the query selects no label (no {...}): every workload's series with that name add up, other namespaces' included. Select the workload, e.g. {namespace=\"…\"}.";
        }
        if (trigger.MetricType == MetricTargetType.Value && QueryShape.Aggregations(tree).Any(a => a.Op == AggregationOp.Sum))
        {
            yield return "metricType Value on a query that sums over pods: the HPA asks for ratio × current pods, so the sum over more pods asks for still more (runaway growth). Use AverageValue (the default): desired = ceil(sum / threshold).";
        }
    }

    private static bool IsCounterName(string name) => CounterSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal));
}
