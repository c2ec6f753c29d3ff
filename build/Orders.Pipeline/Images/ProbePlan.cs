namespace Orders.Pipeline.Images;

/// <summary>The HTTP probe that says a container is ready: a native sidecar's startupProbe (the kubelet starts
/// the next container only once it passes), else the readinessProbe. The port is resolved to its number.</summary>
public sealed record ProbePlan(string Path, int Port);
