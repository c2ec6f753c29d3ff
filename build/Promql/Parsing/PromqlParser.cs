using Promql.Syntax;

namespace Promql.Parsing;

/// <summary>The entry point: PromQL text in, a checked immutable syntax tree out, or a <see cref="PromqlParseException"/>.</summary>
public static class PromqlParser
{
    /// <summary>Parses and type-checks a query, as Prometheus's ParseExpr does.</summary>
    /// <exception cref="PromqlParseException">The query does not parse or type-check; the message gives line:col.</exception>
    public static Expr Parse(string query, PromqlParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tree = new Parser(query, options ?? PromqlParserOptions.Default).ParseQuery();
        SyntaxDepth.Check(tree, query);
        return new TypeChecker(query).Check(tree);
    }
}
