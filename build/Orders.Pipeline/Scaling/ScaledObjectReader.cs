using Orders.Pipeline.Yaml;
using YamlDotNet.RepresentationModel;
using static Orders.Pipeline.Scaling.ManifestFields;

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
        var notes = new List<string>();
        var entries = spec.Seq("triggers").ToList();
        if (entries.Count == 0)
        {
            throw new InvalidDataException($"{where}: spec.triggers holds no trigger; KEDA needs at least one (replay: prometheus triggers).");
        }
        var triggers = entries.Select((t, i) => PrometheusTriggerReader.Read(t, i, where, notes)).ToList();
        // apis/keda/v1alpha1/scaletriggers_types.go ValidateTriggers.
        if (triggers.Where(t => t.Name is not null).GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidDataException($"{where}: triggerName \"{twice.Key}\" is defined multiple times in spec.triggers, but it must be unique (KEDA's webhook refuses it).");
        }
        var min = Int(spec, "minReplicaCount", where) ?? KedaDefaults.MinReplicaCount;
        var idle = Int(spec, "idleReplicaCount", where);
        if (idle is { } i && i >= min)
        {
            throw new InvalidDataException($"{where}: IdleReplicaCount={i} must be less than MinReplicaCount={min} (KEDA's webhook refuses it).");
        }
        if (spec.Scalar("initialCooldownPeriod") is not null)
        {
            notes.Add("spec.initialCooldownPeriod ignored: a replay starts on a ScaledObject that already exists, its last activity taken as the range's start.");
        }
        var advanced = spec.Map("advanced");
        var behavior = advanced.Map("horizontalPodAutoscalerConfig").Map("behavior");
        return new ScaledObjectSpec(
            objectName,
            metadata.Scalar("namespace"),
            triggers,
            min,
            Int(spec, "maxReplicaCount", where) ?? KedaDefaults.MaxReplicaCount,
            Seconds(spec, "pollingInterval", where),
            Seconds(spec, "cooldownPeriod", where),
            behavior is null ? null : new HpaBehavior(
                ReadRules(behavior.Map("scaleUp"), where + ": behavior.scaleUp"),
                ReadRules(behavior.Map("scaleDown"), where + ": behavior.scaleDown")),
            ReadFallback(spec.Map("fallback"), where),
            ScalingModifiersReader.Read(advanced.Map("scalingModifiers"), triggers, where),
            idle)
        {
            Notes = notes,
        };
    }

    /// <summary>spec.fallback as KEDA's CRD and webhook accept it (keda-advanced.md section a): both counts
    /// required and >= 0, behavior defaulting to static. The behavior scalingModifiers (a nil trigger inside the formula,
/// for its <c>??</c>) is refused: the formula parser refuses <c>??</c>.</summary>
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
                "scalingModifiers" => throw new InvalidDataException($"{where}: fallback.behavior 'scalingModifiers' is not modelled (it feeds failing triggers to the formula as nil for '??'); use static, currentReplicas, currentReplicasIfHigher or currentReplicasIfLower."),
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
}
