using Promql.Syntax;

namespace Promql.Parsing;

/// <summary>
/// Bounds how deep a tree may be. The type checker and the printer recurse, so a machine-made query such as
/// a 100,000-term sum would overflow the stack and kill the process; it gets a parse error instead.
/// Hand-written queries stay far below the limit.
/// </summary>
internal static class SyntaxDepth
{
    public const int Max = 1000;

    public static void Check(Expr root, string query)
    {
        var stack = new Stack<(Expr Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > Max)
            {
                throw new PromqlParseException(query, node.Span.Start, $"expression nested more than {Max} levels deep");
            }
            foreach (var child in node.Children)
            {
                stack.Push((child, depth + 1));
            }
        }
    }
}
