using Orders.Pipeline.Scaling;
using ScottPlot;

namespace Orders.Pipeline.Report;

/// <summary>
/// The two panels Local's and the replay's charts share: each ScaledObject's query value over its threshold (the
/// replicas it asks for) and the model's replica band over the HPA timings with its median line, one colour per
/// ScaledObject in both.
/// </summary>
public static class AskedReplicasPanels
{
    // Enough colours for a what-if of several proposals beside the current one.
    private static readonly Color[] Palette = [Colors.Green, Colors.OrangeRed, Colors.Purple, Colors.Brown, Colors.Teal, Colors.Magenta, Colors.Olive, Colors.Navy];

    public static void Add(Plot query, Plot replicas, IReadOnlyList<ScaledObjectRun> runs, int seconds,
        Func<ScaledObjectRun, int, double?> valueAt, Func<ScaledObjectRun, ReplicaBand> band, double firstX = 0) =>
        Add(query, replicas, runs.Select(r => (r.Label, r.Spec)).ToList(), seconds, (i, s) => valueAt(runs[i], s), i => band(runs[i]), firstX);

    /// <param name="points">The chart's points, <paramref name="secondsPerPoint"/> seconds apart.</param>
    /// <param name="valueAt">The query's value of the i-th ScaledObject at a point of the chart, null where there is none.</param>
    /// <param name="firstX">The x of the chart's first point (its offset from the load's start).</param>
    public static void Add(Plot query, Plot replicas, IReadOnlyList<(string Label, ScaledObjectSpec Spec)> runs, int points,
        Func<int, int, double?> valueAt, Func<int, ReplicaBand> band, double firstX = 0, int secondsPerPoint = 1)
    {
        // The panel's scale is set by the replica counts that matter (twice the largest max), so a query that
        // asks for a hundred replicas does not flatten the others; its legend gives its off-scale peak.
        var scale = 2.0 * runs.Max(r => r.Spec.MaxReplicaCount);
        foreach (var (run, i) in runs.Select((r, i) => (r, i)))
        {
            var color = Palette[i % Palette.Length];
            var asked = Enumerable.Range(0, points)
                .Select(p => (X: firstX + (double)p * secondsPerPoint, Y: valueAt(i, p) / run.Spec.Metrics[0].Target))
                .Where(p => p.Y is { } y && double.IsFinite(y)).ToList();
            if (asked.Count > 0)
            {
                var line = query.Add.ScatterLine(asked.Select(p => p.X).ToArray(), asked.Select(p => p.Y!.Value).ToArray(), color);
                var peak = asked.Max(p => p.Y!.Value);
                line.LegendText = peak > scale ? $"{run.Label}: query / threshold (off scale, up to {peak:0})" : $"{run.Label}: query / threshold";
                line.LineWidth = 2;
            }
            ReplicaBandPlot.Add(replicas, band(i), run.Label, color, firstX);
        }
        query.YLabel("replicas asked for");
        query.Axes.SetLimitsY(0, scale);
        replicas.YLabel("replicas");
    }
}
