using System.Globalization;

namespace Orders.Pipeline.Tuning;

/// <summary>
/// What goes wrong with scrapes in a cluster, as shares of all scrapes: <see cref="Dropped"/> never land (a
/// timeout, a pod restart of Prometheus, a network blip: the window then holds one sample fewer), <see cref="Late"/>
/// start late by up to half an interval (a busy Prometheus or node; the sample then carries its late time and the
/// count of that time, so the spacing is uneven). The study records every load at each level.
/// </summary>
public sealed record ScrapeFaults(double Dropped, double Late)
{
    /// <summary>None, 1 % and 5 % of scrapes dropped and as many late: the levels the report shows.</summary>
    public static IReadOnlyList<ScrapeFaults> Levels { get; } = [new(0, 0), new(0.01, 0.01), new(0.05, 0.05)];

    /// <summary>The level the goals are judged at: a healthy cluster still drops or delays a scrape now and then.</summary>
    public static ScrapeFaults Judged { get; } = Levels[1];

    /// <summary>"1%": the dropped share; the late share is the same at every level the study records.</summary>
    public string Percent => (Dropped * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A label-safe name for the recorded series' namespace.</summary>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"d{Dropped * 1000:0}l{Late * 1000:0}");
}
