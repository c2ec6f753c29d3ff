using System.Text.Json.Nodes;
using Orders.K8s.Tests.Rendering;

namespace Orders.EntryPoints.Tests.Infrastructure;

/// <summary>One file of .github/workflows, read as GitHub reads it (YAML 1.2 core schema, as JSON nodes).</summary>
public sealed class Workflow
{
    private Workflow(string name, JsonObject root)
    {
        Name = name;
        Root = root;
    }

    public string Name { get; }

    public JsonObject Root { get; }

    public static string Directory => RepositoryRoot.Combine(".github", "workflows");

    /// <summary>The file names of every workflow (*.yml and *.yaml), sorted.</summary>
    public static IReadOnlyList<string> Names() =>
        System.IO.Directory.EnumerateFiles(Directory)
            .Where(path => path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToList()!;

    public static Workflow Load(string name) => Parse(name, File.ReadAllText(Path.Combine(Directory, name)));

    public static Workflow Parse(string name, string yaml) =>
        new(name, YamlToJson.ConvertAll(yaml).Single() as JsonObject ?? throw new InvalidDataException($"{name} is not a YAML mapping."));

    public IEnumerable<(string Id, JsonObject Job)> Jobs() =>
        (Root["jobs"] as JsonObject ?? []).Select(pair => (pair.Key, (JsonObject)pair.Value!));

    /// <summary>Every step of every job, with the job it belongs to.</summary>
    public IEnumerable<WorkflowStep> Steps() =>
        Jobs().SelectMany(job => (job.Job["steps"] as JsonArray ?? []).Select(step => new WorkflowStep(job.Id, job.Job, (JsonObject)step!)));

    /// <summary>The event names under `on` (a string, a list or a mapping).</summary>
    public IReadOnlyList<string> Events() => Root["on"] switch
    {
        JsonValue single => [single.GetValue<string>()],
        JsonArray list => list.Select(item => item!.GetValue<string>()).ToList(),
        JsonObject mapping => mapping.Select(pair => pair.Key).ToList(),
        _ => [],
    };
}
