using System.Text.RegularExpressions;
using Orders.Pipeline.Cli;

namespace Orders.Pipeline.Replay;

/// <summary>A ScaledObject named for <c>--from-cluster</c>: <c>NAMESPACE/NAME</c>, each part as Kubernetes validates
/// it (a namespace is a DNS-1123 label, a ScaledObject's name a DNS-1123 subdomain), checked before kubectl runs.</summary>
public sealed partial record ClusterScaledObject(string Namespace, string Name)
{
    public static ClusterScaledObject Parse(string option, string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2)
        {
            throw new ArgumentException($"--{option} '{text}' is not NAMESPACE/NAME: pass e.g. --{option}=shop/checkout.");
        }
        return Subdomain().IsMatch(parts[1]) && parts[1].Length <= 253
            ? new ClusterScaledObject(ArgumentGrammar.ServiceNamespace(option, parts[0]), parts[1])
            : throw new ArgumentException($"--{option} '{text}': '{parts[1]}' is not a ScaledObject name (lower-case letters, digits, '-' and '.', as Kubernetes names objects).");
    }

    public static IReadOnlyList<ClusterScaledObject> ParseAll(string option, string? text) =>
        text is null ? [] : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => Parse(option, t))];

    public override string ToString() => $"{Namespace}/{Name}";

    [GeneratedRegex(@"\A[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*\z")]
    private static partial Regex Subdomain();
}
