using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.Schema;

namespace Orders.K8s.Tests;

/// <summary>
/// The checks are only as good as their parsing: a misspelt field must fail, not vanish (the API server's
/// default decoding drops unknown fields silently, and a dropped securityContext field is a silent hole).
/// </summary>
[Trait("Category", "Process")]
public sealed class StrictParsingTests
{
    [ToolFact("kubectl")]
    public void A_misspelt_field_in_a_core_object_fails_naming_the_object()
    {
        var yaml = Rendered.BaseText
            .Replace("readOnlyRootFilesystem:", "readOnlyRootFilesytem:", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidOperationException>(() => Rendered.Parse("k8s/base (misspelt)", yaml));

        Assert.Contains("apps/v1/Deployment orders", error.Message, StringComparison.Ordinal);
        Assert.Contains("readOnlyRootFilesytem", error.Message, StringComparison.Ordinal);
    }

    [ToolTheory("kubectl")]
    [InlineData("threshold as a number", "threshold: \"10\"", "threshold: 10", "/spec/triggers/0/metadata/threshold")]
    [InlineData("misspelt spec field", "pollingInterval:", "pollingIntervall:", "/spec/pollingIntervall")]
    [InlineData("unknown behaviour field", "selectPolicy: Max", "selectPolicy: Max\n          selectPolcy: Min", "/spec/advanced/horizontalPodAutoscalerConfig/behavior/scaleDown/selectPolcy")]
    [InlineData("zero max replicas", "maxReplicaCount: 6", "maxReplicaCount: 0", "/spec/maxReplicaCount")]
    public void A_ScaledObject_that_breaks_KEDA_CRD_fails_naming_the_location(string breakage, string from, string to, string location)
    {
        var yaml = Rendered.BaseText;
        Assert.Contains(from, yaml, StringComparison.Ordinal);
        var broken = Rendered.Parse($"k8s/base ({breakage})", ReplaceFirst(yaml, from, to));

        var errors = ScaledObjectSchema.Validate(Assert.Single(broken.ScaledObjects));

        Assert.Contains(errors, error => error.StartsWith(location + ":", StringComparison.Ordinal));
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }
}
