using System.Text.Json;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli.Tasks;

/// <summary>The registry as others read it: build.cake registers its targets from <c>--json</c> at start, the
/// tables of docs/targets-and-settings.md are <c>--markdown</c> (a test keeps them equal).</summary>
[VerbName("targets")]
[TaskDescription("List the Cake targets: --json for build.cake (name, verb, description, dependencies), --markdown for the tables of docs/targets-and-settings.md.")]
public sealed class TargetsTask : PipelineTask
{
    public override IReadOnlyList<OptionDefinition> Options => [O.Json, O.Markdown];

    public override Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var json = args.Flag(O.Json.Name);
        var markdown = args.Flag(O.Markdown.Name);
        args.ThrowOnUnknown();
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
