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
    private static readonly Color[] Palette = [Colors.Green, Colors.OrangeRed, Colors.Purple, Colors.Brown];

    /// <param name="valueAt">The query's value at a second of the chart, null where there is none.</param>
    /// <param name="firstX">The x of the chart's first second (its offset from the load's start).</param>
    public static void Add(Plot query, Plot replicas, IReadOnlyList<ScaledObjectRun> runs, int seconds,
        Func<ScaledObjectRun, int, double?> valueAt, Func<ScaledObjectRun, ReplicaBand> band, double firstX = 0)
    {
        // The panel's scale is set by the replica counts that matter (twice the largest max), so a query that
        // asks for a hundred replicas does not flatten the others; its legend gives its off-scale peak.
        var scale = 2.0 * runs.Max(r => r.Spec.MaxReplicaCount);
        foreach (var (run, i) in runs.Select((r, i) => (r, i)))
        {
            var color = Palette[i % Palette.Length];
            var points = Enumerable.Range(0, seconds)
                .Select(s => (X: firstX + s, Y: valueAt(run, s) / run.Spec.Trigger.Threshold))
                .Where(p => p.Y is { } y && double.IsFinite(y)).ToList();
            if (points.Count > 0)
            {
                var line = query.Add.ScatterLine(points.Select(p => p.X).ToArray(), points.Select(p => p.Y!.Value).ToArray(), color);
                var peak = points.Max(p => p.Y!.Value);
                line.LegendText = peak > scale ? $"{run.Label}: query / threshold (off scale, up to {peak:0})" : $"{run.Label}: query / threshold";
                line.LineWidth = 2;
            }
            ReplicaBandPlot.Add(replicas, band(run), run.Label, color, firstX);
        }
        query.YLabel("replicas asked for");
        query.Axes.SetLimitsY(0, scale);
        replicas.YLabel("replicas");
    }
}
