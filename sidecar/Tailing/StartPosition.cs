namespace Orders.Exporter.Tailing;

/// <summary>Where to start in files that exist at start-up when there is no checkpoint.</summary>
public enum StartPosition
{
    /// <summary>From the first byte (the default: in a pod the log volume is as new as the pod).</summary>
    Beginning,

    /// <summary>After the last complete line.</summary>
    End,
}
