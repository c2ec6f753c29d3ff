namespace Orders.Exporter.Tailing;

/// <summary>Where to start in files that exist at start-up when no checkpoint is configured. With
/// AccessLog:CheckpointPath set but no usable checkpoint there, the exporter always starts at the End (skipping
/// what is on disk, counted in accesslog_skipped_bytes_total): counting it again would be a jump in the rate.</summary>
public enum StartPosition
{
    /// <summary>From the first byte (the default: in a pod the log volume is as new as the pod).</summary>
    Beginning,

    /// <summary>After the last complete line.</summary>
    End,
}
