namespace Orders.Pipeline.Images;

/// <summary>A containerPort with its name (probes refer to ports by name).</summary>
public sealed record ContainerPortPlan(string? Name, int Number);
