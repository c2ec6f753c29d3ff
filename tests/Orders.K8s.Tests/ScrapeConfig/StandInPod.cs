namespace Orders.K8s.Tests.ScrapeConfig;

/// <summary>What the API server would add to a pod template to make a running pod: where it runs and how it is named.</summary>
public sealed record StandInPod(string Namespace, string Name, string Ip = "127.0.0.1", string NodeName = "worker-1", string Phase = "Running");
