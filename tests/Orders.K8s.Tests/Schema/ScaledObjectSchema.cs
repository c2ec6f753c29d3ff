using System.Text.Json.Nodes;
using Orders.K8s.Tests.TestSupport;

namespace Orders.K8s.Tests.Schema;

/// <summary>
/// Validates ScaledObjects against the openAPIV3Schema of KEDA's CRD, read as the API server reads it with
/// strict field validation (`kubectl apply --validate=strict`): an unknown field is an error, not pruned.
/// The CRD's CEL rule (min <= max) is not JSON Schema; <see cref="Policies.ReplicaBoundsOrdered"/> checks it.
/// </summary>
public static class ScaledObjectSchema
{
    private static readonly CrdSchema Schema = new(RepositoryFiles.ScaledObjectCrd, "v1alpha1", "KEDA's CRD");

    /// <summary>Returns one line per error: the instance location, then the reason.</summary>
    public static IReadOnlyList<string> Validate(JsonObject scaledObject) => Schema.Validate(scaledObject);
}
