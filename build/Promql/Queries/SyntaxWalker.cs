using Promql.Syntax;

namespace Promql.Queries;

/// <summary>Walks a tree depth-first, parents before children, left to right; every helper here builds on it.</summary>
public static class SyntaxWalker
{
    public static IEnumerable<Expr> Descendants(Expr root)
    {
        var stack = new Stack<Expr>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.Children.Reverse())
            {
                stack.Push(child);
            }
        }
    }
}
