// The cluster half of the smoke test, through kubectl: KEDA accepted the ScaledObject (Ready=True) and
// created its HPA. Skipped by the Local target, which has no cluster.
public sealed class ClusterSmokeChecks
{
    private readonly ICakeContext _context;
    private readonly ClusterOptions _cluster;

    public ClusterSmokeChecks(ICakeContext context, ClusterOptions cluster)
    {
        _context = context;
        _cluster = cluster;
    }

    public void CheckScaledObjectReady()
    {
        var check = $"ScaledObject {ClusterNames.ScaledObjectName} in {_cluster.Namespace} is Ready";
        var json = Get(ClusterNames.ScaledObject, "json", check, "KEDA is not installed (InstallKeda) or the ScaledObject was not applied (Apply)");
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var ready = document.RootElement.TryGetProperty("status", out var status) && status.TryGetProperty("conditions", out var conditions)
            ? conditions.EnumerateArray().FirstOrDefault(c => c.GetProperty("type").GetString() == "Ready")
            : default;
        var seen = ready.ValueKind == System.Text.Json.JsonValueKind.Object
            ? $"Ready={ready.GetProperty("status").GetString()} ({(ready.TryGetProperty("message", out var message) ? message.GetString() : "no message")})"
            : "no Ready condition yet";
        if (!seen.StartsWith("Ready=True", StringComparison.Ordinal))
        {
            throw new CakeException($"FAIL {check}: saw {seen}. Likely cause: KEDA cannot reach the scale target or the trigger is invalid; see kubectl describe {ClusterNames.ScaledObject} -n {_cluster.Namespace} and the keda-operator logs.");
        }
        _context.Information($"OK   {check}: {seen}");
    }

    public void CheckHpaExists()
    {
        var check = $"HPA {ClusterNames.Hpa} in {_cluster.Namespace} exists";
        var name = Get("hpa/" + ClusterNames.Hpa, "name", check, "KEDA has not created its HPA: the ScaledObject is not Ready or the keda-operator is not running (kubectl get pods -n keda)").Trim();
        _context.Information($"OK   {check}: {name}");
    }

    private string Get(string resource, string output, string check, string likelyCause)
    {
        try
        {
            return _context.KubectlGet(new KubectlGetSettings { Namespace = _cluster.Namespace, Context = _cluster.KubeContext, Output = output, ToolTimeout = TimeSpan.FromMinutes(1) }, resource);
        }
        catch (CakeException e)
        {
            throw new CakeException($"FAIL {check}: kubectl get {resource} failed ({e.Message}). Likely cause: {likelyCause}.");
        }
    }
}
