namespace Orders.Pipeline.Cluster;

/// <summary>The kubectl arguments of one port-forward, kept pure so a test pins them exactly.</summary>
public static class PortForwardArguments
{
    public static IReadOnlyList<string> Build(string? context, string @namespace, string target, int localPort, int remotePort)
    {
        var args = new List<string>();
        if (context is not null)
        {
            args.AddRange(["--context", context]);
        }
        args.AddRange(["-n", @namespace, "port-forward", target, $"{localPort}:{remotePort}", "--address", "127.0.0.1"]);
        return args;
    }
}
