using System.Globalization;
using Orders.Pipeline.Yaml;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Scaling;

/// <summary>
/// Finds the ScaledObject in rendered manifests (the multi-document output of <c>kubectl kustomize</c>, as text or
/// as the documents already parsed) and reads what the model needs. Errors name the source, the document's line and the field, and say what a
/// valid value looks like, so a broken manifest is fixed from the message alone.
/// </summary>
public static class ScaledObjectReader
{
    public static ScaledObjectSpec Read(string yaml, string source, string? name = null) => Read(YamlNodes.Load(yaml, source), source, name);

    public static IReadOnlyList<ScaledObjectSpec> ReadAll(string yaml, string source) => ReadAll(YamlNodes.Load(yaml, source), source);

    public static ScaledObjectSpec Read(IEnumerable<YamlMappingNode> documents, string source, string? name = null)
    {
        var found = ScaledObjects(documents)
            .Where(n => name is null || n.Map("metadata").Scalar("name") == name)
            .ToList();
        if (found.Count != 1)
        {
            var what = name is null ? "a ScaledObject" : $"the ScaledObject '{name}'";
            throw new InvalidDataException(found.Count == 0
                ? $"{source}: no {what[2..]} found; render the manifests with 'kubectl kustomize k8s/base' and pass that output."
                : $"{source}: {found.Count} ScaledObjects found; say which one with its name.");
        }
        return ReadScaledObject(found[0], source);
    }

    /// <summary>Every ScaledObject of a file or a rendered kustomization, in document order; none is an error.</summary>
    public static IReadOnlyList<ScaledObjectSpec> ReadAll(IEnumerable<YamlMappingNode> documents, string source)
    {
        var found = ScaledObjects(documents).ToList();
        if (found.Count == 0)
        {
            throw new InvalidDataException($"{source}: no ScaledObject found (no document with kind: ScaledObject); pass a kustomization directory or a YAML file that holds one.");
        }
        return found.Select(n => ReadScaledObject(n, source)).ToList();
    }

    private static IEnumerable<YamlMappingNode> ScaledObjects(IEnumerable<YamlMappingNode> documents) =>
        documents.Where(n => n.Scalar("kind") == "ScaledObject");

    private static ScaledObjectSpec ReadScaledObject(YamlMappingNode root, string source)
    {
        var metadata = root.Map("metadata");
        var objectName = metadata.Scalar("name") ?? "(unnamed)";
        var where = $"{source}:{root.Start.Line}: ScaledObject '{objectName}'";
        var spec = root.Map("spec") ?? throw new InvalidDataException($"{where}: has no spec.");
        var triggers = spec.Seq("triggers").Where(n => n.Scalar("type") == "prometheus").ToList();
        if (triggers.Count != 1)
        {
            var types = spec.Seq("triggers").Select(n => n.Scalar("type") ?? "(no type)").ToList();
            throw new InvalidDataException($"{where}: spec.triggers must hold exactly one trigger of type prometheus (found {triggers.Count}"
                + (types.Count > 0 ? $"; its triggers are of type {string.Join(", ", types)}" : "") + "); only prometheus triggers can be replayed.");
        }
        var trigger = ReadTrigger(triggers[0], where);
        var behavior = spec.Map("advanced").Map("horizontalPodAutoscalerConfig").Map("behavior");
        return new ScaledObjectSpec(
            objectName,
            metadata.Scalar("namespace"),
            trigger,
            Int(spec, "minReplicaCount", where) ?? KedaDefaults.MinReplicaCount,
            Int(spec, "maxReplicaCount", where) ?? KedaDefaults.MaxReplicaCount,
            Seconds(spec, "pollingInterval", where),
            Seconds(spec, "cooldownPeriod", where),
            behavior is null ? null : new HpaBehavior(
                ReadRules(behavior.Map("scaleUp"), where + ": behavior.scaleUp"),
                ReadRules(behavior.Map("scaleDown"), where + ": behavior.scaleDown")),
            ReadFallback(spec.Map("fallback"), where));
    }

    private static PrometheusTrigger ReadTrigger(YamlMappingNode trigger, string where)
    {
        var metadata = trigger.Map("metadata") ?? throw new InvalidDataException($"{where}: the prometheus trigger has no metadata.");
        string Required(string key) => metadata.Scalar(key)
            ?? throw new InvalidDataException($"{where}: triggers[].metadata.{key} is required by KEDA's prometheus scaler.");
        var metricType = trigger.Scalar("metricType") ?? "AverageValue";
        return new PrometheusTrigger(
            Required("serverAddress"),
            Required("query"),
            Number(Required("threshold"), "triggers[].metadata.threshold", where),
            metadata.Scalar("activationThreshold") is { } a ? Number(a, "triggers[].metadata.activationThreshold", where) : 0,
            Bool(metadata.Scalar("ignoreNullValues") ?? "true", "triggers[].metadata.ignoreNullValues", where),
            metricType switch
            {
                "AverageValue" => MetricTargetType.AverageValue,
                "Value" => MetricTargetType.Value,
                _ => throw new InvalidDataException($"{where}: triggers[].metricType '{metricType}' is not AverageValue or Value (Utilization is for CPU/memory)."),
            },
            Bool(trigger.Scalar("useCachedMetrics") ?? "false", "triggers[].useCachedMetrics", where));
    }

    /// <summary>spec.fallback as KEDA's CRD and webhook accept it (keda-advanced.md section a): both counts
    /// required and >= 0, behavior defaulting to static. scalingModifiers is refused: the model has no formula.</summary>
    private static KedaFallback? ReadFallback(YamlMappingNode? fallback, string where)
    {
        if (fallback is null)
        {
            return null;
        }
        int Required(string key) => Int(fallback, key, where + ": fallback")
            ?? throw new InvalidDataException($"{where}: fallback.{key} is required by KEDA's CRD (a whole number >= 0).");
        var behavior = fallback.Scalar("behavior") ?? "static";
        return new KedaFallback(
            Required("failureThreshold"),
            Required("replicas"),
            behavior switch
            {
                "static" => FallbackBehavior.Static,
                "currentReplicas" => FallbackBehavior.CurrentReplicas,
                "currentReplicasIfHigher" => FallbackBehavior.CurrentReplicasIfHigher,
                "currentReplicasIfLower" => FallbackBehavior.CurrentReplicasIfLower,
                "scalingModifiers" => throw new InvalidDataException($"{where}: fallback.behavior 'scalingModifiers' is not modelled (no scalingModifiers formula); use static, currentReplicas, currentReplicasIfHigher or currentReplicasIfLower."),
                _ => throw new InvalidDataException($"{where}: fallback.behavior '{behavior}' is not one of static, currentReplicas, currentReplicasIfHigher, currentReplicasIfLower, scalingModifiers."),
            });
    }

    private static HpaScalingRules? ReadRules(YamlMappingNode? rules, string where)
    {
        if (rules is null)
        {
            return null;
        }
        var policies = rules.Child("policies") is YamlSequenceNode
            ? rules.Seq("policies").Select(n => ReadPolicy(n, where)).ToList()
            : null;
        var select = rules.Scalar("selectPolicy");
        return new HpaScalingRules(
            Seconds(rules, "stabilizationWindowSeconds", where),
            select is null ? null : Enum.TryParse<SelectPolicy>(select, out var s) ? s
                : throw new InvalidDataException($"{where}.selectPolicy '{select}' is not Max, Min or Disabled."),
            policies,
            rules.Scalar("tolerance") is { } tol ? Number(tol, "tolerance", where) : null);
    }

    private static HpaScalingPolicy ReadPolicy(YamlMappingNode policy, string where)
    {
        var type = policy.Scalar("type");
        return new HpaScalingPolicy(
            type switch
            {
                "Pods" => ScalingPolicyType.Pods,
                "Percent" => ScalingPolicyType.Percent,
                _ => throw new InvalidDataException($"{where}.policies[].type '{type}' is not Pods or Percent."),
            },
            Int(policy, "value", where) ?? throw new InvalidDataException($"{where}.policies[].value is required."),
            Seconds(policy, "periodSeconds", where) ?? throw new InvalidDataException($"{where}.policies[].periodSeconds is required."));
    }

    private static int? Int(YamlMappingNode node, string key, string where) =>
        node.Scalar(key) is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
                ? value
                : throw new InvalidDataException($"{where}: {key} '{text}' is not a whole number >= 0.")
            : null;

    private static TimeSpan? Seconds(YamlMappingNode node, string key, string where) =>
        Int(node, key, where) is { } s ? TimeSpan.FromSeconds(s) : null;

    private static double Number(string text, string field, string where) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new InvalidDataException($"{where}: {field} '{text}' is not a number >= 0 (KEDA wants a string holding a number, e.g. \"10\").");

    private static bool Bool(string text, string field, string where) =>
        bool.TryParse(text, out var value)
            ? value
            : throw new InvalidDataException($"{where}: {field} '{text}' is not true or false.");
}
