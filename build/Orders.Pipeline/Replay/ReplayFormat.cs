namespace Orders.Pipeline.Replay;

/// <summary>What a replay prints on stdout (--format): a line per ScaledObject, summary.json, or report.md.</summary>
public enum ReplayFormat
{
    Text,
    Json,
    Markdown,
}
