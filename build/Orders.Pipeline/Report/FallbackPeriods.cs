using System.Globalization;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Report;

/// <summary>
/// When KEDA's fallback was in force in the model, as whole seconds from <c>start</c>: from the read that passed
/// the threshold to the first successful read (or the end). Over the HPA timings the reads fall at different
/// instants, so a second counts when the fallback was in force in any timing; <see cref="TimingsInForce"/> says in
/// how many. Empty periods with a fallback configured is itself a finding: the trigger never failed for long.
/// </summary>
public sealed record FallbackPeriods(KedaFallback? Fallback, IReadOnlyList<(int From, int To)> Periods, int Timings, int TimingsInForce)
{
    public static FallbackPeriods Of(ScaledObjectRun run, DateTimeOffset start, int seconds)
    {
        var inForce = new bool[Math.Max(0, seconds)];
        var timingsInForce = run.AllTimings.Count(steps => Mark(steps, start, inForce));
        return From(run.Spec.Fallback, inForce, run.AllTimings.Count, timingsInForce);
    }

    /// <summary>Marks the seconds one timing was on fallback in <paramref name="inForce"/> (one flag per second
    /// from <paramref name="start"/>); true when it ever was. A replay marks each timing in turn, then calls <see cref="From"/>.</summary>
    public static bool Mark(IReadOnlyList<ModelStep> steps, DateTimeOffset start, bool[] inForce)
    {
        var seconds = inForce.Length;
        var any = false;
        for (var i = 0; i < steps.Count; i++)
        {
            if (!steps[i].Fallback || (i > 0 && steps[i - 1].Fallback))
            {
                continue;
            }
            any = true;
            var end = steps.Skip(i).FirstOrDefault(s => !s.Fallback)?.At;
            var from = Math.Max(0, (int)Math.Floor((steps[i].At - start).TotalSeconds));
            var to = end is { } e ? (int)Math.Ceiling((e - start).TotalSeconds) : seconds;
            for (var s = from; s < Math.Min(to, seconds); s++)
            {
                inForce[s] = true;
            }
        }
        return any;
    }

    public static FallbackPeriods From(KedaFallback? fallback, bool[] inForce, int timings, int timingsInForce) =>
        new(fallback, Runs(inForce), timings, timingsInForce);

    /// <summary>One line for report.md, or null when the ScaledObject has no fallback.</summary>
    public string? Describe()
    {
        if (Fallback is null)
        {
            return null;
        }
        var config = Inv($"(failureThreshold {Fallback.FailureThreshold}, replicas {Fallback.Replicas}, {Fallback.BehaviorName})");
        return Periods.Count == 0
            ? $"fallback {config} never in force: no read failed more than {Fallback.FailureThreshold} times in a row"
            : "fallback in force t=" + string.Join(", ", Periods.Select(p => Inv($"{p.From}-{p.To}"))) + Inv($" s {config}, in {TimingsInForce} of {Timings} HPA timings");
    }

    private static List<(int, int)> Runs(bool[] inForce)
    {
        var runs = new List<(int, int)>();
        for (var s = 0; s < inForce.Length; s++)
        {
            if (!inForce[s])
            {
                continue;
            }
            var from = s;
            while (s < inForce.Length && inForce[s])
            {
                s++;
            }
            runs.Add((from, s));
        }
        return runs;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
