using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Scaling;

/// <summary>
/// Finds the ScaledObject in rendered manifests (the multi-document output of <c>kubectl kustomize</c>) and
/// reads what the model needs. Errors name the source, the document's line and the field, and say what a
/// valid value looks like, so a broken manifest is fixed from the message alone.
/// </summary>
public static class ScaledObjectReader
{
    public static ScaledObjectSpec Read(string yaml, string source, string? name = null)
    {
        var found = Documents(yaml, source)
            .Where(n => name is null || Scalar(Map(n, "metadata"), "name") == name)
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
    public static IReadOnlyList<ScaledObjectSpec> ReadAll(string yaml, string source)
    {
        var found = Documents(yaml, source).ToList();
        if (found.Count == 0)
        {
            throw new InvalidDataException($"{source}: no ScaledObject found (no document with kind: ScaledObject); pass a kustomization directory or a YAML file that holds one.");
        }
        return found.Select(n => ReadScaledObject(n, source)).ToList();
    }

    private static IEnumerable<YamlMappingNode> Documents(string yaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{source}:{e.Start.Line}: not valid YAML: {e.Message}", e);
        }
        return stream.Documents
            .Select(d => d.RootNode as YamlMappingNode)
            .Where(n => n is not null && Scalar(n, "kind") == "ScaledObject")
            .Select(n => n!);
    }

    private static ScaledObjectSpec ReadScaledObject(YamlMappingNode root, string source)
    {
        var metadata = Map(root, "metadata");
        var objectName = Scalar(metadata, "name") ?? "(unnamed)";
        var where = $"{source}:{root.Start.Line}: ScaledObject '{objectName}'";
        var spec = Map(root, "spec") ?? throw new InvalidDataException($"{where}: has no spec.");
        var triggers = (spec.Children.TryGetValue("triggers", out var t) ? t as YamlSequenceNode : null)?.Children
            .OfType<YamlMappingNode>().Where(n => Scalar(n, "type") == "prometheus").ToList() ?? [];
        if (triggers.Count != 1)
        {
            var types = (spec.Children.TryGetValue("triggers", out var all) ? all as YamlSequenceNode : null)?.Children
                .OfType<YamlMappingNode>().Select(n => Scalar(n, "type") ?? "(no type)").ToList() ?? [];
            throw new InvalidDataException($"{where}: spec.triggers must hold exactly one trigger of type prometheus (found {triggers.Count}"
                + (types.Count > 0 ? $"; its triggers are of type {string.Join(", ", types)}" : "") + "); only prometheus triggers can be replayed.");
        }
        var trigger = ReadTrigger(triggers[0], where);
        var behavior = Map(Map(Map(spec, "advanced"), "horizontalPodAutoscalerConfig"), "behavior");
        return new ScaledObjectSpec(
            objectName,
            Scalar(metadata, "namespace"),
            trigger,
            Int(spec, "minReplicaCount", where) ?? 0,
            Int(spec, "maxReplicaCount", where) ?? 100,
            Seconds(spec, "pollingInterval", where),
            Seconds(spec, "cooldownPeriod", where),
            behavior is null ? null : new HpaBehavior(
                ReadRules(Map(behavior, "scaleUp"), where + ": behavior.scaleUp"),
                ReadRules(Map(behavior, "scaleDown"), where + ": behavior.scaleDown")));
    }

    private static PrometheusTrigger ReadTrigger(YamlMappingNode trigger, string where)
    {
        var metadata = Map(trigger, "metadata") ?? throw new InvalidDataException($"{where}: the prometheus trigger has no metadata.");
        string Required(string key) => Scalar(metadata, key)
            ?? throw new InvalidDataException($"{where}: triggers[].metadata.{key} is required by KEDA's prometheus scaler.");
        var metricType = Scalar(trigger, "metricType") ?? "AverageValue";
        return new PrometheusTrigger(
            Required("serverAddress"),
            Required("query"),
            Number(Required("threshold"), "triggers[].metadata.threshold", where),
            Scalar(metadata, "activationThreshold") is { } a ? Number(a, "triggers[].metadata.activationThreshold", where) : 0,
            Bool(Scalar(metadata, "ignoreNullValues") ?? "true", "triggers[].metadata.ignoreNullValues", where),
            metricType switch
            {
                "AverageValue" => MetricTargetType.AverageValue,
                "Value" => MetricTargetType.Value,
                _ => throw new InvalidDataException($"{where}: triggers[].metricType '{metricType}' is not AverageValue or Value (Utilization is for CPU/memory)."),
            },
            Bool(Scalar(trigger, "useCachedMetrics") ?? "false", "triggers[].useCachedMetrics", where));
    }

    private static HpaScalingRules? ReadRules(YamlMappingNode? rules, string where)
    {
        if (rules is null)
        {
            return null;
        }
        var policies = rules.Children.TryGetValue("policies", out var p) && p is YamlSequenceNode list
            ? list.Children.OfType<YamlMappingNode>().Select(n => ReadPolicy(n, where)).ToList()
            : null;
        var select = Scalar(rules, "selectPolicy");
        return new HpaScalingRules(
            Seconds(rules, "stabilizationWindowSeconds", where),
            select is null ? null : Enum.TryParse<SelectPolicy>(select, out var s) ? s
                : throw new InvalidDataException($"{where}.selectPolicy '{select}' is not Max, Min or Disabled."),
            policies,
            Scalar(rules, "tolerance") is { } tol ? Number(tol, "tolerance", where) : null);
    }

    private static HpaScalingPolicy ReadPolicy(YamlMappingNode policy, string where)
    {
        var type = Scalar(policy, "type");
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

    private static YamlMappingNode? Map(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(key, out var child) ? child as YamlMappingNode : null;

    private static string? Scalar(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(key, out var child) ? (child as YamlScalarNode)?.Value : null;

    private static int? Int(YamlMappingNode node, string key, string where) =>
        Scalar(node, key) is { } text
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
