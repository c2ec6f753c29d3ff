using System.Text.Json.Nodes;

namespace Orders.EntryPoints.Tests.Infrastructure;

/// <summary>One step of a workflow job: its `run` script or `uses` action, and its own `env`.</summary>
public sealed record WorkflowStep(string JobId, JsonObject Job, JsonObject Step)
{
    public string Name => Step["name"]?.ToString() ?? Uses ?? Run ?? "(unnamed)";

    public string? Run => Step["run"]?.ToString();

    public string? Uses => Step["uses"]?.ToString();

    public string? Shell => Step["shell"]?.ToString();

    public string? RunsOn => Job["runs-on"]?.ToString();

    public JsonObject Env => Step["env"] as JsonObject ?? [];

    public JsonObject With => Step["with"] as JsonObject ?? [];

    public override string ToString() => $"job {JobId}, step \"{Name}\"";
}
