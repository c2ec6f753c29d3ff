namespace Orders.Pipeline.Load;

/// <summary>One stage of a load profile: for <see cref="Duration"/>, the arrival rate moves linearly from
/// <see cref="FromRate"/> to <see cref="ToRate"/> requests per second (equal for a constant stage).</summary>
public sealed record LoadStage(TimeSpan Duration, double FromRate, double ToRate)
{
    /// <summary>Requests this stage schedules in its first <paramref name="elapsed"/>: the integral of the rate.</summary>
    public double CountWithin(TimeSpan elapsed)
    {
        var t = Math.Clamp(elapsed.TotalSeconds, 0, Duration.TotalSeconds);
        var slope = Duration > TimeSpan.Zero ? (ToRate - FromRate) / Duration.TotalSeconds : 0;
        return FromRate * t + slope * t * t / 2;
    }

    /// <summary>The time into this stage at which <paramref name="count"/> requests have been scheduled: the
    /// inverse of <see cref="CountWithin"/>, solved as 2c / (b + sqrt(b² + 4ac)), which stays exact for a
    /// constant rate (a = 0), a ramp from zero (b = 0) and a ramp down (a &lt; 0).</summary>
    public TimeSpan TimeOf(double count)
    {
        if (count <= 0)
        {
            return TimeSpan.Zero;
        }
        var a = Duration > TimeSpan.Zero ? (ToRate - FromRate) / Duration.TotalSeconds / 2 : 0;
        var b = FromRate;
        var root = Math.Sqrt(Math.Max(0, b * b + 4 * a * count));
        var seconds = 2 * count / (b + root);
        return TimeSpan.FromSeconds(Math.Min(seconds, Duration.TotalSeconds));
    }

    /// <summary>The target rate <paramref name="elapsed"/> into this stage.</summary>
    public double RateAt(TimeSpan elapsed) =>
        Duration > TimeSpan.Zero
            ? FromRate + (ToRate - FromRate) * Math.Clamp(elapsed / Duration, 0, 1)
            : ToRate;

    public override string ToString() =>
        FromRate == ToRate
            ? $"{LoadProfile.FormatDuration(Duration)}:{FromRate:0.##}"
            : $"{LoadProfile.FormatDuration(Duration)}:{FromRate:0.##}->{ToRate:0.##}";
}
