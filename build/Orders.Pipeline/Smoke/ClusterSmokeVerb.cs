using Orders.Pipeline.Cluster;
using Orders.Pipeline.Deploy;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Manifests;

namespace Orders.Pipeline.Smoke;

/// <summary>
/// Smoke: proves the deployment works end to end. The app answers and Prometheus scraped its order counter
/// (<see cref="SmokeChecks"/>, shared with Local), KEDA accepted the ScaledObject (Ready=True) and created
/// its HPA. Names and the Service port come from the rendered manifests; without --app-url/--prometheus-url
/// the Services are reached through port-forwards that are always stopped.
/// </summary>
public sealed class ClusterSmokeVerb(ClusterSettings settings, IProcessRunner runner, HttpClient http, TextWriter output, Uri? exporterUrl, TimeSpan prometheusTimeout)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var workload = ScaledWorkload.From(await ManifestRenderer.ReadAsync(runner, settings.Manifests, settings.Namespace, cancellationToken));
        await using (var reach = await ClusterReach.OpenAsync(runner, settings, workload, cancellationToken))
        {
            var options = new SmokeOptions(reach.AppUrl, exporterUrl, reach.PrometheusUrl, settings.Namespace, prometheusTimeout,
                SmokeHints.Cluster(workload.Deployment, settings.Namespace,
                    settings.Prometheus.Mode == PrometheusMode.Existing ? settings.UnderRoot(ExistingPrometheus.ScrapeJobFile) : null));
            await new SmokeChecks(http, output, TimeProvider.System).RunAsync(options, cancellationToken);
        }
        await CheckScaledObjectReadyAsync(workload.ScaledObject, cancellationToken);
        await CheckHpaExistsAsync(workload.Hpa, cancellationToken);
    }

    private async Task CheckScaledObjectReadyAsync(string name, CancellationToken cancellationToken)
    {
        var check = $"ScaledObject {name} in {settings.Namespace} is Ready";
        var (call, json) = await GetAsync("scaledobject/" + name, "json", check,
            "KEDA is not installed (InstallKeda) or the ScaledObject was not applied (Apply)", cancellationToken);
        var (status, message) = KubectlStatus.ReadyCondition(call, json);
        var seen = status is null ? "no Ready condition yet" : $"Ready={status} ({message ?? "no message"})";
        if (status != "True")
        {
            throw new SmokeCheckException($"FAIL {check}: saw {seen}. Likely cause: KEDA cannot reach the scale target or the trigger is invalid; see kubectl describe scaledobject/{name} -n {settings.Namespace} and the keda-operator logs.");
        }
        output.WriteLine($"OK   {check}: {seen}");
    }

    private async Task CheckHpaExistsAsync(string name, CancellationToken cancellationToken)
    {
        var check = $"HPA {name} in {settings.Namespace} exists";
        var seen = (await GetAsync("hpa/" + name, "name", check,
            "KEDA has not created its HPA: the ScaledObject is not Ready or the keda-operator is not running (kubectl get pods -n keda)", cancellationToken)).Output.Trim();
        output.WriteLine($"OK   {check}: {seen}");
    }

    private async Task<(ToolCall Call, string Output)> GetAsync(string resource, string format, string check, string likelyCause, CancellationToken cancellationToken)
    {
        var call = Kubectl.Call(settings, TimeSpan.FromMinutes(1), ["get", resource], settings.Namespace, "--output=" + format) with { CaptureOutput = true };
        var result = await runner.RunAsync(call, cancellationToken);
        return result.Succeeded
            ? (call, result.StandardOutput)
            : throw new SmokeCheckException($"FAIL {check}: kubectl get {resource} failed ({result.StandardError.Trim()}). Likely cause: {likelyCause}.");
    }
}
