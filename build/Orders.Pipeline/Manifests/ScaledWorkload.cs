using Orders.Pipeline.Yaml;

namespace Orders.Pipeline.Manifests;

/// <summary>
/// The names and the port the cluster verbs need, read from the rendered manifests instead of restated: the
/// ScaledObject, the Deployment it scales, the Service's port, and KEDA's HPA (keda-hpa-&lt;ScaledObject&gt;
/// unless the ScaledObject names it under advanced.horizontalPodAutoscalerConfig.name).
/// </summary>
public sealed record ScaledWorkload(string ScaledObject, string Deployment, string Hpa, int ServicePort)
{
    public static ScaledWorkload From(RenderedManifests manifests)
    {
        var source = manifests.Source;
        var scaledObject = manifests.ScaledObjects.FirstOrDefault()
            ?? throw new InvalidDataException($"{source}: no ScaledObject found: the manifests must hold the ScaledObject that scales the app.");
        var name = scaledObject.Map("metadata").Scalar("name") ?? throw new InvalidDataException($"{source}:{scaledObject.Start.Line}: the ScaledObject has no metadata.name.");
        var spec = scaledObject.Map("spec");
        var deployment = spec.Map("scaleTargetRef").Scalar("name") ?? throw new InvalidDataException($"{source}:{scaledObject.Start.Line}: ScaledObject '{name}' has no spec.scaleTargetRef.name.");
        var hpa = spec.Map("advanced").Map("horizontalPodAutoscalerConfig").Scalar("name") ?? "keda-hpa-" + name;
        return new ScaledWorkload(name, deployment, hpa, manifests.ServicePort(deployment));
    }
}
