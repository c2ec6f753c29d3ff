using Promql.Parsing;
using Promql.Syntax;

namespace Orders.Pipeline.Report;

/// <summary>
/// A trigger's PromQL read into a syntax tree (build/Promql), the one way the pipeline reads a query: windows,
/// selectors, modifiers and shape all come from the tree, never from patterns over the text.
/// </summary>
public static class TriggerQuery
{
    /// <summary>The query's tree; a query Prometheus would refuse is refused here with Prometheus's words and
    /// its line:col, so the user fixes it before anything is read or replayed.</summary>
    /// <exception cref="InvalidDataException">The query does not parse or type-check; the message starts with
    /// <paramref name="source"/> (the ScaledObject's file) when given.</exception>
    public static Expr Parse(string query, string? source = null)
    {
        try
        {
            return PromqlParser.Parse(query);
        }
        catch (PromqlParseException e)
        {
            throw new InvalidDataException(
                $"{(source is null ? "" : source + ": ")}triggers[].metadata.query does not parse: {e.Message} in '{query}'. Prometheus refuses it with the same error, so KEDA's every poll would fail; fix the query (Prometheus's /graph page shows the error too).", e);
        }
    }
}
