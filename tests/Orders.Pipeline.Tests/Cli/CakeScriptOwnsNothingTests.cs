using Orders.Pipeline.Cli;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Tests.Cli;

/// <summary>
/// Issue 20: the .cake files are short and know no fact the registry owns: no target description, no option
/// name, no default. The only option names they spell are the tool's protocol with the script (where the
/// repository is, which run this is, where dotnet test wrote its TRX files, the JSON listing) and --help,
/// which a comment points users to.
/// </summary>
public sealed class CakeScriptOwnsNothingTests
{
    private static readonly OptionDefinition[] Protocol = [O.Root, O.RunTarget, O.RunExclusive, O.TestResults, O.Json, O.Help];

    private static readonly string[] CakeFiles =
        [.. Directory.EnumerateFiles(Path.Combine(Orders.TestSupport.RepositoryRoot.Path, "build"), "*.cake", SearchOption.AllDirectories)];

    private static readonly string Cake = string.Concat(CakeFiles.Select(File.ReadAllText));

    [Fact]
    public void The_cake_files_total_at_most_150_lines()
    {
        Assert.InRange(CakeFiles.Sum(file => File.ReadAllLines(file).Length), 1, 150);
    }

    [Fact]
    public void No_description_option_name_or_default_of_the_registry_is_in_a_cake_file()
    {
        Assert.All(TaskRegistry.All, task => Assert.DoesNotContain(task.Description, Cake, StringComparison.Ordinal));
        Assert.All(TaskRegistry.AllOptions.Except(Protocol), option =>
        {
            Assert.DoesNotContain($"--{option.Name}", Cake, StringComparison.Ordinal);
            Assert.DoesNotContain($"\"{option.Name}\"", Cake, StringComparison.Ordinal);
        });
        Assert.All(TaskRegistry.AllOptions.Where(o => o.Default is { Length: > 3 }), option =>
            Assert.DoesNotContain($"\"{option.Default}\"", Cake, StringComparison.Ordinal));
    }
}
