namespace Orders.Pipeline.Scaling;

/// <summary>
/// The HPA's scaling policies (k8s horizontal.go, calculateScale{Up,Down}Limit…): each policy measures its
/// step from the replica count at the start of its period (current - added + removed within the period),
/// Pods adds or removes a fixed number, Percent a share (rounded up on the way up; on the way down the
/// remaining count is truncated, so 10% of 72 removes 8). Max picks the most permissive policy, Min the least.
/// </summary>
internal sealed class HpaRateLimiter
{
    private readonly List<TimedValue> _scaleUpEvents = [];
    private readonly List<TimedValue> _scaleDownEvents = [];

    public List<TimedValue> ScaleUpEvents => _scaleUpEvents;

    public List<TimedValue> ScaleDownEvents => _scaleDownEvents;

    public int ScaleUpLimit(DateTimeOffset now, int current, HpaScalingRules rules)
    {
        if (rules.Select == SelectPolicy.Disabled)
        {
            return current;
        }
        var useMin = rules.Select == SelectPolicy.Min;
        var result = useMin ? int.MaxValue : int.MinValue;
        foreach (var policy in rules.Policies ?? [])
        {
            var periodStart = current - ChangeWithin(now, policy.Period, _scaleUpEvents) + ChangeWithin(now, policy.Period, _scaleDownEvents);
            var proposed = policy.Type == ScalingPolicyType.Pods
                ? periodStart + policy.Value
                : (int)Math.Ceiling(periodStart * (1 + policy.Value / 100.0));
            result = useMin ? Math.Min(result, proposed) : Math.Max(result, proposed);
        }
        return result;
    }

    public int ScaleDownLimit(DateTimeOffset now, int current, HpaScalingRules rules)
    {
        if (rules.Select == SelectPolicy.Disabled)
        {
            return current;
        }
        var useMin = rules.Select == SelectPolicy.Min;
        var result = useMin ? int.MinValue : int.MaxValue;
        foreach (var policy in rules.Policies ?? [])
        {
            var periodStart = current - ChangeWithin(now, policy.Period, _scaleUpEvents) + ChangeWithin(now, policy.Period, _scaleDownEvents);
            var proposed = policy.Type == ScalingPolicyType.Pods
                ? periodStart - policy.Value
                : (int)(periodStart * (1 - policy.Value / 100.0));
            result = useMin ? Math.Max(result, proposed) : Math.Min(result, proposed);
        }
        return result;
    }

    /// <summary>Remembers a rescale; an event older than the direction's longest period is reused.</summary>
    public void Store(DateTimeOffset now, int previous, int next, HpaBehavior behavior)
    {
        var up = next > previous;
        var events = up ? _scaleUpEvents : _scaleDownEvents;
        var rules = up ? behavior.ScaleUp! : behavior.ScaleDown!;
        var longest = (rules.Policies ?? []).Select(p => p.Period).DefaultIfEmpty(TimeSpan.Zero).Max();
        var cutoff = now - longest;
        var oldIndex = -1;
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].At < cutoff)
            {
                events[i] = events[i] with { Outdated = true };
            }
            if (events[i].Outdated)
            {
                oldIndex = i;
            }
        }
        var change = new TimedValue(Math.Abs(next - previous), now);
        if (oldIndex >= 0)
        {
            events[oldIndex] = change;
        }
        else
        {
            events.Add(change);
        }
    }

    private static int ChangeWithin(DateTimeOffset now, TimeSpan period, List<TimedValue> events)
    {
        var cutoff = now - period;
        return events.Where(e => e.At > cutoff).Sum(e => e.Value);
    }
}
