using System.ComponentModel.DataAnnotations;
using Orders.Exporter.Tailing;

namespace Orders.Exporter.Options;

/// <summary>What to follow and how (section "AccessLog"; environment: AccessLog__Path, ...).</summary>
public sealed class AccessLogOptions
{
    public const string Section = "AccessLog";

    /// <summary>A directory (every *.txt in it, in name order), a glob, or one file.</summary>
    [Required(ErrorMessage = "AccessLog:Path is required: the directory, glob or file of the W3C access log.")]
    public string Path { get; set; } = "";

    /// <summary>Where to keep the checkpoint; empty: no checkpoint (every start follows StartAt).</summary>
    public string? CheckpointPath { get; set; }

    public StartPosition StartAt { get; set; } = StartPosition.Beginning;

    /// <summary>The safety-net poll; file-system events usually trigger a poll sooner. 10 ms to 10 min
    /// (checked in ExporterRegistration: a TimeSpan range attribute is not AOT-safe).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    [Range(256, 64 * 1024 * 1024, ErrorMessage = "AccessLog:MaxLineBytes must be between 256 and 67108864.")]
    public int MaxLineBytes { get; set; } = 64 * 1024;
}
