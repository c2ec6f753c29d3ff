using System.Text.Json;
using Orders.Pipeline.Infrastructure;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli.Tasks;

/// <summary>The registry as others read it: build.cake registers its targets from <c>--json</c> at start, the
/// tables of docs/targets-and-settings.md are <c>--markdown</c>, written into the page by <c>--markdown --write</c>
/// (a test keeps them equal).</summary>
[VerbName("targets")]
[TaskDescription("List the Cake targets: --json for build.cake (name, verb, description, dependencies), --markdown for the tables of docs/targets-and-settings.md (--write: into that page, in place).")]
public sealed class TargetsTask : PipelineTask
{
    public override IReadOnlyList<OptionDefinition> Options => [O.Json, O.Markdown, O.Write];

    public override Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var json = args.Flag(O.Json.Name);
        var markdown = args.Flag(O.Markdown.Name);
        var write = args.Flag(O.Write.Name);
        var root = write ? args.Root() : null;
        args.ThrowOnUnknown();
        if (write)
        {
            if (!markdown)
            {
                throw new ArgumentException("--write writes the --markdown tables: run targets --markdown --write.");
            }
            Console.WriteLine(TargetsPageWriter.Write(root!)
                ? $"{TargetsPageWriter.RelativePath}: the Targets and Settings tables rewritten from the registry; commit the page with the change."
                : $"{TargetsPageWriter.RelativePath} already holds the registry's tables; nothing to write.");
            return Task.FromResult(0);
        }
        Console.Write(json ? Json() + "\n" : markdown ? ReadmeTables.Targets() + "\n" + ReadmeTables.Settings() : HelpText.Usage());
        return Task.FromResult(0);
    }

    public static string Json() => JsonSerializer.Serialize(TaskRegistry.Targets.Select(t => new
    {
        name = t.Target,
        verb = t.Verb,
        description = t.Description,
        dependencies = t.DependsOn.Select(d => TaskRegistry.Of(d).Target).ToArray(),
    }));
}
