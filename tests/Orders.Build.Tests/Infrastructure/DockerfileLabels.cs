using System.Text.RegularExpressions;

namespace Orders.Build.Tests.Infrastructure;

/// <summary>
/// What a Dockerfile's last stage (the image that is shipped) declares: its LABEL key/value pairs and its ARG
/// names. Continuation lines are joined; quotes around a value are removed. Enough for this repository's files,
/// not a general Dockerfile parser.
/// </summary>
public static partial class DockerfileLabels
{
    public static (IReadOnlyDictionary<string, string> Labels, IReadOnlySet<string> Args) ReadFinalStage(string dockerfile)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var args = new HashSet<string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(dockerfile);
        for (var i = 0; i < lines.Length; i++)
        {
            var instruction = lines[i].Trim();
            while (instruction.EndsWith('\\') && i + 1 < lines.Length)
            {
                instruction = instruction[..^1] + " " + lines[++i].Trim();
            }
            if (instruction.StartsWith("FROM ", StringComparison.Ordinal))
            {
                labels.Clear(); // a label of an earlier stage is not in the shipped image
                args.Clear();
            }
            else if (instruction.StartsWith("ARG ", StringComparison.Ordinal))
            {
                args.Add(instruction[4..].Split('=')[0].Trim());
            }
            else if (instruction.StartsWith("LABEL ", StringComparison.Ordinal))
            {
                foreach (Match pair in Pair().Matches(instruction[6..]))
                {
                    labels[pair.Groups["key"].Value] = pair.Groups["value"].Value.Trim('"');
                }
            }
        }
        return (labels, args);
    }

    [GeneratedRegex(@"(?<key>[A-Za-z0-9._-]+)=(?<value>""[^""]*""|\S+)")]
    private static partial Regex Pair();
}
