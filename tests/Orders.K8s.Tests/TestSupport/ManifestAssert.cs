using Orders.K8s.Tests.Policies;
using Orders.K8s.Tests.Rendering;
using Orders.K8s.Tests.Schema;

namespace Orders.K8s.Tests.TestSupport;

/// <summary>Assertions that report every broken rule at once, each naming object, field and expectation.</summary>
public static class ManifestAssert
{
    /// <param name="except">policies the manifests break on purpose (the tutorial overlay reproduces a mistake)</param>
    public static void KeepsEveryPolicy(ManifestSet manifests, params Type[] except)
    {
        var violations = ManifestPolicies.All
            .Where(policy => !except.Contains(policy.GetType()))
            .SelectMany(policy => policy.Check(manifests))
            .ToList();
        if (violations.Count > 0)
        {
            Assert.Fail($"{manifests.Source} breaks {violations.Count} policy rule(s):\n" + string.Join("\n", violations));
        }
    }

    public static void ScaledObjectsMatchCrd(ManifestSet manifests)
    {
        Assert.NotEmpty(manifests.ScaledObjects);
        foreach (var scaledObject in manifests.ScaledObjects)
        {
            var errors = ScaledObjectSchema.Validate(scaledObject);
            if (errors.Count > 0)
            {
                Assert.Fail($"{manifests.Source}: {Describe.Object(scaledObject)} does not match KEDA's CRD schema:\n" + string.Join("\n", errors));
            }
        }
    }
}
