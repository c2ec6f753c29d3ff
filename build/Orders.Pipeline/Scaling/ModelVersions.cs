namespace Orders.Pipeline.Scaling;

/// <summary>
/// The Kubernetes and KEDA versions the model reproduces. Their arithmetic differs where it decides a replica:
/// <list type="bullet">
/// <item>Kubernetes before 1.33 holds the count while <c>math.Abs(1.0-usageRatio) &lt;= tolerance</c>; 1.33
/// (kubernetes/kubernetes#130797, pkg/controller/podautoscaler/replica_calculator.go <c>Tolerances.isWithin</c>)
/// holds it while <c>1-down &lt;= usageRatio &lt;= 1+up</c>. Equal on paper, not in doubles: 44/40 is
/// 1.1000000000000000888, so |1 - ratio| is just above 0.1 (scale to 5) and ratio &lt;= 1.0 + 0.1 holds (stay at 4).</item>
/// <item>A behavior's own <c>tolerance</c> needs the HPAConfigurableTolerance gate: alpha and off by default in
/// 1.33-1.34, beta and on from 1.35; with the gate off the API server drops the field.</item>
/// <item>From 1.34 (kubernetes/kubernetes#127050) GetExternalPerPodMetricReplicas reads a negative sum as an int64
/// overflow and makes it MaxInt64, so a negative AverageValue metric asks for maxReplicas; before, it asked
/// for min.</item>
/// <item>KEDA before 2.20 truncates values to milli-units (<c>int64(value * 1000)</c>); 2.20 rounds them
/// (<c>%.3f</c>); 2.20.2 also sends a negative value as 0 (kedacore/keda pkg/scalers/scaler.go
/// <c>quantityFromFloat64</c>, tags v2.19.0, v2.20.0, v2.20.2).</item>
/// </list>
/// </summary>
public sealed record ModelVersions(Version Kubernetes, Version Keda)
{
    /// <summary>Kubernetes 1.33 (the first with the isWithin form) and KEDA 2.20.2 (the pinned chart's).</summary>
    public static ModelVersions Default { get; } = new(new Version(1, 33), new Version(2, 20, 2));

    public bool UsesIsWithinTolerance => AtLeast(Kubernetes, 1, 33);

    public bool HonoursBehaviorTolerance => AtLeast(Kubernetes, 1, 35);

    public bool ReadsNegativeSumAsOverflow => AtLeast(Kubernetes, 1, 34);

    public bool KedaRoundsMilliUnits => AtLeast(Keda, 2, 20);

    public bool KedaClampsNegatives => Keda >= new Version(2, 20, 2);

    /// <summary>One line for the reports: the versions and what they change.</summary>
    public string Describe() =>
        $"Kubernetes {Kubernetes.Major}.{Kubernetes.Minor} (tolerance {(UsesIsWithinTolerance ? "1-down <= ratio <= 1+up" : "|1 - ratio| <= 0.1")}"
        + $"{(HonoursBehaviorTolerance ? ", behavior tolerance honoured" : "")}), "
        + $"KEDA {Keda} (milli-units {(KedaRoundsMilliUnits ? "rounded" : "truncated")}, negatives {(KedaClampsNegatives ? "sent as 0" : "passed on")})";

    private static bool AtLeast(Version version, int major, int minor) => version >= new Version(major, minor);
}
