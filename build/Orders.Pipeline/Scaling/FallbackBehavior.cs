namespace Orders.Pipeline.Scaling;

/// <summary>
/// KEDA's <c>spec.fallback.behavior</c> (kedacore/keda v2.20.2 apis/keda/v1alpha1/scaledobject_types.go L62-66;
/// CRD default <c>static</c>). <c>scalingModifiers</c> is not modelled: the reader refuses it, since it hands a
/// failing trigger to the formula as nil for its <c>??</c>, which the formula parser (Scaling/Formula) refuses.
/// </summary>
public enum FallbackBehavior
{
    /// <summary>Use <c>fallback.replicas</c>.</summary>
    Static,

    /// <summary>Use the target's current replica count: hold where it is.</summary>
    CurrentReplicas,

    /// <summary>max(current, <c>fallback.replicas</c>).</summary>
    CurrentReplicasIfHigher,

    /// <summary>min(current, <c>fallback.replicas</c>).</summary>
    CurrentReplicasIfLower,
}
