using System.Globalization;
using System.Text.RegularExpressions;

namespace Orders.Pipeline.Load;

/// <summary>
/// An open-model load profile: stages such as <c>30s:0->50, 60s:50, 90s:0</c> (duration:rate or
/// duration:from->to, in requests per second). It fixes the schedule in advance: request k leaves when the
/// integral of the rate reaches k + ½, so a constant 50/s for one second sends exactly 50 requests, at
/// 10 ms, 30 ms, … 990 ms, and a slow server can never push a request later (as in wrk2 and k6's
/// constant-arrival-rate executor). Poisson arrivals replace k + ½ by a seeded random sequence, see
/// <see cref="LoadArrivals"/>.
/// </summary>
public sealed partial class LoadProfile
{
    private LoadProfile(IReadOnlyList<LoadStage> stages)
    {
        Stages = stages;
        Duration = stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration);
        TotalRequests = ScheduledBy(Duration);
    }

    public IReadOnlyList<LoadStage> Stages { get; }

    public TimeSpan Duration { get; }

    /// <summary>When the last stage with a non-zero rate ends: the load is over, what follows is observation.</summary>
    public TimeSpan LoadEnd
    {
        get
        {
            var end = TimeSpan.Zero;
            var start = TimeSpan.Zero;
            foreach (var stage in Stages)
            {
                start += stage.Duration;
                if (stage.FromRate > 0 || stage.ToRate > 0)
                {
                    end = start;
                }
            }
            return end;
        }
    }

    /// <summary>The hold: the longest stage at a constant rate above zero (the first of equals), as [start, end)
    /// from the start of the run; null when every stage ramps or rests. Latency is judged there, where the
    /// rate and so the distribution stand still.</summary>
    public (TimeSpan Start, TimeSpan End)? Hold
    {
        get
        {
            (TimeSpan Start, TimeSpan End)? hold = null;
            var start = TimeSpan.Zero;
            foreach (var stage in Stages)
            {
                if (stage.FromRate == stage.ToRate && stage.FromRate > 0 && (hold is null || stage.Duration > hold.Value.End - hold.Value.Start))
                {
                    hold = (start, start + stage.Duration);
                }
                start += stage.Duration;
            }
            return hold;
        }
    }

    /// <summary>How many requests the whole profile schedules.</summary>
    public long TotalRequests { get; }

    /// <summary>Parses <c>30s:0->50, 60s:50</c>; a bad stage gives a <see cref="FormatException"/> naming it.</summary>
    public static LoadProfile Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FormatException("The load profile is empty: give stages like '30s:0->50, 60s:50, 30s:0'.");
        }
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var stages = new List<LoadStage>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            stages.Add(ParseStage(parts[i], i + 1));
        }
        return new LoadProfile(stages);
    }

    /// <summary>Requests scheduled to leave before <paramref name="elapsed"/> (exclusive).</summary>
    public long ScheduledBy(TimeSpan elapsed)
    {
        var integral = CountAt(elapsed);
        // Request k leaves at integral k + 0.5; a tiny epsilon keeps float noise from dropping the last one.
        return Math.Max(0, (long)Math.Ceiling(integral - 0.5 - 1e-9));
    }

    /// <summary>The send time of every request, in order, relative to the start of the run, for evenly
    /// spaced arrivals.</summary>
    public IEnumerable<TimeSpan> SendTimes() => SendTimes(LoadArrivals.Constant);

    /// <summary>The send time of every request, in order, relative to the start of the run: each point of
    /// the arrivals' rate-1 process, taken as a count, is sent when the profile's integral reaches it.</summary>
    public IEnumerable<TimeSpan> SendTimes(LoadArrivals arrivals)
    {
        using var points = arrivals.UnitRatePoints().GetEnumerator();
        points.MoveNext();
        var stageStart = TimeSpan.Zero;
        var countBefore = 0.0;
        foreach (var stage in Stages)
        {
            var stageCount = stage.CountWithin(stage.Duration);
            while (points.Current < countBefore + stageCount - 1e-9)
            {
                yield return stageStart + stage.TimeOf(points.Current - countBefore);
                points.MoveNext();
            }
            stageStart += stage.Duration;
            countBefore += stageCount;
        }
    }

    /// <summary>The target arrival rate at <paramref name="elapsed"/> (0 after the end).</summary>
    public double RateAt(TimeSpan elapsed)
    {
        var start = TimeSpan.Zero;
        foreach (var stage in Stages)
        {
            if (elapsed < start + stage.Duration)
            {
                return stage.RateAt(elapsed - start);
            }
            start += stage.Duration;
        }
        return 0;
    }

    public override string ToString() => string.Join(", ", Stages);

    internal static string FormatDuration(TimeSpan d) =>
        d.TotalSeconds == Math.Floor(d.TotalSeconds)
            ? $"{(long)d.TotalSeconds}s"
            : $"{(long)d.TotalMilliseconds}ms";

    private double CountAt(TimeSpan elapsed)
    {
        var start = TimeSpan.Zero;
        var count = 0.0;
        foreach (var stage in Stages)
        {
            count += stage.CountWithin(elapsed - start);
            start += stage.Duration;
        }
        return count;
    }

    private static LoadStage ParseStage(string text, int number)
    {
        var match = StagePattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException(
                $"Load profile stage {number} ('{text}') is not 'duration:rate' or 'duration:from->to', e.g. '30s:0->50' or '60s:50'.");
        }
        var duration = ParseDuration(match.Groups["duration"].Value, number, text);
        var from = ParseRate(match.Groups["from"].Value, number, text);
        var to = match.Groups["to"].Success ? ParseRate(match.Groups["to"].Value, number, text) : from;
        return new LoadStage(duration, from, to);
    }

    private static TimeSpan ParseDuration(string value, int number, string stage)
    {
        var total = TimeSpan.Zero;
        var parts = DurationPart().Matches(value);
        if (parts.Count == 0 || string.Concat(parts.Select(p => p.Value)) != value)
        {
            throw new FormatException(
                $"Load profile stage {number} ('{stage}'): '{value}' is not a duration like 500ms, 30s, 2m or 1m30s.");
        }
        foreach (Match part in parts)
        {
            var amount = long.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture);
            total += part.Groups["unit"].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromHours(amount),
            };
        }
        if (total <= TimeSpan.Zero)
        {
            throw new FormatException($"Load profile stage {number} ('{stage}'): the duration must be more than zero.");
        }
        return total;
    }

    private static double ParseRate(string value, int number, string stage)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate)
            || rate < 0 || double.IsInfinity(rate) || double.IsNaN(rate))
        {
            throw new FormatException(
                $"Load profile stage {number} ('{stage}'): the rate '{value}' is not a number of requests per second >= 0.");
        }
        return rate;
    }

    [GeneratedRegex(@"^(?<duration>[0-9a-z]+)\s*:\s*(?<from>[^-\s>]+)(\s*->\s*(?<to>\S+))?$")]
    private static partial Regex StagePattern();

    [GeneratedRegex(@"(?<n>[0-9]+)(?<unit>ms|s|m|h)")]
    private static partial Regex DurationPart();
}
