namespace Orders.Pipeline.Images;

/// <summary>A volumeMounts entry: which pod volume, where, and whether the container may write to it.</summary>
public sealed record VolumeMountPlan(string Volume, string MountPath, bool ReadOnly);
