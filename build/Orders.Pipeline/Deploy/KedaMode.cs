namespace Orders.Pipeline.Deploy;

/// <summary>Which KEDA scales the app: <see cref="Install"/> the pinned chart, or <see cref="Existing"/> the one
/// the cluster runs, checked by Preflight (<see cref="ExistingKedaCheck"/>) and never changed.</summary>
public enum KedaMode
{
    Install,
    Existing,
}
