namespace Orders.Pipeline.Replay;

/// <summary>A replay's four files as rendered in memory (<see cref="ReplayWriter.Render"/>): the verb judges --expect
/// on <see cref="Summary"/> and prints it or <see cref="Markdown"/> without reading back what it wrote.</summary>
public sealed record RenderedReplay(string Markdown, string TimelineCsv, byte[] Png, string Summary);
