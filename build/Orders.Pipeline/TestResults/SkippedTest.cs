namespace Orders.Pipeline.TestResults;

/// <summary>A test the run did not execute, and why (a tool's skip reason says what to install).</summary>
public sealed record SkippedTest(string Name, string Reason);
