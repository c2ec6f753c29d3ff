using System.ComponentModel.DataAnnotations;
using Orders.Exporter.Tailing;

namespace Orders.Exporter.Options;

/// <summary>
/// What the exporter follows and how (section "AccessLog"; environment: AccessLog__Path, ...). Not the app's
/// AccessLog options, which bind the same section with the writer's keys (Directory, ...). The defaults here
/// are the only ones: appsettings.json does not repeat them, and the image sets only what a container needs.
/// </summary>
public sealed class AccessLogTailOptions
{
    public const string Section = "AccessLog";

    /// <summary>A directory (every *.txt in it, in name order), a glob, or one file. The default is where the
    /// app's log volume is mounted in the pod (k8s/base/deployment.yaml).</summary>
    [Required(ErrorMessage = "AccessLog:Path is required: the directory, glob or file of the W3C access log.")]
    public string Path { get; set; } = "/var/log/orders";

    /// <summary>Where to keep the checkpoint; empty: none (every start follows StartAt). The image sets
    /// /var/lib/orders-exporter/checkpoint.json (sidecar/Dockerfile).</summary>
    public string? CheckpointPath { get; set; }

    /// <summary>Without a CheckpointPath only: where to start in files present at start-up.</summary>
    public StartPosition StartAt { get; set; } = StartPosition.Beginning;

    /// <summary>The safety-net poll; file-system events usually trigger a poll sooner. 10 ms to 10 min
    /// (checked in ExporterRegistration: a TimeSpan range attribute is not AOT-safe).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>/healthz fails once the tailer has not completed a poll for this long; more than PollInterval
    /// (checked in ExporterRegistration).</summary>
    public TimeSpan StallAfter { get; set; } = TimeSpan.FromSeconds(30);

    [Range(256, 64 * 1024 * 1024, ErrorMessage = "AccessLog:MaxLineBytes must be between 256 and 67108864.")]
    public int MaxLineBytes { get; set; } = 64 * 1024;
}
