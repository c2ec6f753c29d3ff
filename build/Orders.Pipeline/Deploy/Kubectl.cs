using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Deploy;

/// <summary>kubectl calls as the pipeline makes them: the verb's own arguments, then --namespace and --context
/// when set, then the trailing flags, each value one argv element.</summary>
public static class Kubectl
{
    public static ToolCall Call(ClusterSettings settings, TimeSpan timeout, IEnumerable<string> head, string? @namespace, params string[] tail)
    {
        var args = new List<string>(head);
        if (@namespace is not null)
        {
            args.AddRange(["--namespace", @namespace]);
        }
        if (settings.KubeContext is { } context)
        {
            args.AddRange(["--context", context]);
        }
        args.AddRange(tail);
        return new ToolCall("kubectl", args, timeout);
    }
}
