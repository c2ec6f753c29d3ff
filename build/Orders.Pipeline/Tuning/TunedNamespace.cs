using Orders.Pipeline.Report;
using Promql.Queries;
using Promql.Syntax;

namespace Orders.Pipeline.Tuning;

/// <summary>
/// Points k8s/base's query at one recorded series of Tune. Every recording lives in its own namespace, so each
/// selector's <c>namespace="tune"</c> matcher (k8s/base rendered into namespace tune) is set through the syntax
/// tree, however it is spaced or ordered; the rest of the text stays as written. A selector without exactly that
/// matcher is refused: left as it is, it would read the sum of every recording and Tune would measure nonsense.
/// </summary>
public static class TunedNamespace
{
    private const string Label = "namespace";

    public static string Set(string query, string rendered, string @namespace)
    {
        var selectors = Selectors.Of(TriggerQuery.Parse(query));
        var text = query;
        // From the last selector back, so the earlier ones' positions still hold.
        foreach (var selector in selectors.OrderByDescending(s => s.Span.Start))
        {
            var pinned = selector.Matchers.Where(m => m.Name == Label).ToList();
            if (pinned is not [{ Op: MatchOp.Equal } only] || only.Value != rendered)
            {
                throw new InvalidOperationException(
                    $"Tune reads k8s/base's query '{query}' with each recording's namespace, so every selector needs exactly {Label}=\"{rendered}\" (k8s/base rendered into namespace {rendered}); '{query[selector.Span.Start..selector.Span.End]}' has {(pinned.Count == 0 ? "none" : string.Join(", ", pinned))}. Pin the ScaledObject's query to its namespace with {Label}=\"<namespace>\" as k8s/base does.");
            }
            var matchers = selector.Matchers.Select(m => m.Name == Label ? m with { Value = @namespace } : m);
            var span = query[selector.Span.Start..selector.Span.End];
            var open = selector.Span.Start + span.IndexOf('{', StringComparison.Ordinal);
            var close = selector.Span.Start + span.LastIndexOf('}');
            text = text[..open] + "{" + string.Join(", ", matchers) + "}" + text[(close + 1)..];
        }
        return text;
    }
}
