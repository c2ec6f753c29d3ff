namespace Orders.Exporter.Tailing;

/// <summary>Where to resume a file after a restart, as the checkpoint recorded it.</summary>
public sealed record ResumePoint(string Path, FileIdentity Identity, long Offset, bool InsideLongLine, string? FormatState);
