namespace Orders.Pipeline.Scaling;

/// <summary>
/// The HPA's memory of its unstabilized recommendations (k8s horizontal.go), in both of its forms.
/// With a behavior: the result is the current count pulled up to the lowest recommendation of the scale-up
/// window and down to the highest of the scale-down window (only records strictly inside a window count).
/// Without one (legacy): the highest recommendation not older than the downscale window (records at the
/// cutoff count). A record older than every window is overwritten rather than a new one appended.
/// </summary>
internal sealed class HpaStabilizer
{
    private readonly List<TimedValue> _recommendations = [];

    /// <summary>The recommendations remembered, oldest slots reused (the controller's recommendations log).</summary>
    public List<TimedValue> Recommendations => _recommendations;

    /// <summary>The first reconcile records the current count, so a fresh HPA does not scale down at once.</summary>
    public void RecordInitial(int currentReplicas, DateTimeOffset now)
    {
        if (_recommendations.Count == 0)
        {
            _recommendations.Add(new TimedValue(currentReplicas, now));
        }
    }

    public int WithBehavior(DateTimeOffset now, int current, int desired, TimeSpan upWindow, TimeSpan downWindow)
    {
        var upCutoff = now - upWindow;
        var downCutoff = now - downWindow;
        var up = desired;
        var down = desired;
        var oldIndex = -1;
        for (var i = 0; i < _recommendations.Count; i++)
        {
            var rec = _recommendations[i];
            if (rec.At > upCutoff)
            {
                up = Math.Min(rec.Value, up);
            }
            if (rec.At > downCutoff)
            {
                down = Math.Max(rec.Value, down);
            }
            if (rec.At < upCutoff && rec.At < downCutoff)
            {
                oldIndex = i;
            }
        }
        var recommendation = current;
        if (recommendation < up)
        {
            recommendation = up;
        }
        if (recommendation > down)
        {
            recommendation = down;
        }
        Record(oldIndex, desired, now);
        return recommendation;
    }

    public int Legacy(DateTimeOffset now, int desired, TimeSpan downWindow)
    {
        var cutoff = now - downWindow;
        var max = desired;
        var oldIndex = -1;
        for (var i = 0; i < _recommendations.Count; i++)
        {
            var rec = _recommendations[i];
            if (rec.At < cutoff)
            {
                oldIndex = i;
            }
            else if (rec.Value > max)
            {
                max = rec.Value;
            }
        }
        Record(oldIndex, desired, now);
        return max;
    }

    private void Record(int oldIndex, int desired, DateTimeOffset now)
    {
        if (oldIndex >= 0)
        {
            _recommendations[oldIndex] = new TimedValue(desired, now);
        }
        else
        {
            _recommendations.Add(new TimedValue(desired, now));
        }
    }
}
