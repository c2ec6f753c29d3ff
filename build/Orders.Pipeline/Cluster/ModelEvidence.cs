namespace Orders.Pipeline.Cluster;

/// <summary>
/// What the model was fed, so the verdict can refuse to pass on nothing: the replica count the held rate
/// needs (<see cref="LoadTestJudge"/> takes it from the rate the load achieved), and the query's value for
/// every second of the run (null where Prometheus had none).
/// </summary>
public sealed record ModelEvidence(int HeldReplicas, IReadOnlyList<double?> QueryValues, string Query, string Namespace);
