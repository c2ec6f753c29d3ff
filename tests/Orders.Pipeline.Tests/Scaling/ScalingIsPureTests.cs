using System.Text.RegularExpressions;

namespace Orders.Pipeline.Tests.Scaling;

/// <summary>Scaling/ is the HPA and KEDA rules and the ScaledObject spec only: it starts no process, touches no
/// file, reads no clock and knows no verb, so the model is tested on values alone and any verb can replay it.
/// Checked on the source, as a reviewer would grep it.</summary>
public sealed partial class ScalingIsPureTests
{
    private static readonly string Folder = Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "build", "Orders.Pipeline", "Scaling");

    [GeneratedRegex(@"\bProcess\b|ProcessRunner|\bFile\.|\bDirectory\.|DateTime(Offset)?\.(Utc)?Now|TimeProvider\.System|HttpClient")]
    private static partial Regex Impure();

    // Scaling may read YAML nodes (the ScaledObject), its own sub-folders (Formula/) and nothing else of the pipeline.
    [GeneratedRegex(@"^using (static )?Orders\.Pipeline\.(?!Scaling[;.]|Yaml;)[\w.]+;", RegexOptions.Multiline)]
    private static partial Regex OutwardUsing();

    [Fact]
    public void Nothing_under_Scaling_starts_a_process_reads_a_file_or_the_clock()
    {
        var offences = Directory.EnumerateFiles(Folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && Impure().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offences.Count == 0, "Scaling/ must stay pure; move I/O to its caller:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void Scaling_depends_on_no_other_folder_of_the_pipeline()
    {
        var offences = Directory.EnumerateFiles(Folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => OutwardUsing().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value}"))
            .ToList();

        Assert.True(offences.Count == 0, "Scaling/ must not reach into Report/, Prometheus/ or a verb (a cycle back):\n" + string.Join('\n', offences));
    }
}
