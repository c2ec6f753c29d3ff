namespace Orders.Pipeline.Tuning;

/// <summary>
/// What one replayed timeline gave: one HPA timing of one recorded series (scenario, seed, fault level). After a step:
/// the seconds to exactly the right count and whether the count went past it; under a steady load: the count's
/// changes in the counted ten minutes.
/// </summary>
public sealed record TuningObservation(TuningScenario Scenario, int Seed, ScrapeFaults Faults, int? SecondsToRight = null, bool Overshot = false, int Changes = 0);
