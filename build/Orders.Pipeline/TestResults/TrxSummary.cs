using System.Xml.Linq;

namespace Orders.Pipeline.TestResults;

/// <summary>The outcome counters of TRX files (the Visual Studio test results format dotnet test writes),
/// summed over every test project, so CI reads one line for the whole run.</summary>
/// <remarks>
/// Only "Passed" passes and only "NotExecuted" (what xunit's skip becomes) is a skip. Every other outcome of the
/// format (Failed, Error, Timeout, Aborted, Inconclusive, ...) is a failure, named with its outcome: a test that
/// crashed or hung did not pass, and counting it as skipped would let CI go green without it.
/// </remarks>
public sealed record TrxSummary(int Passed, IReadOnlyList<string> FailedTests, IReadOnlyList<SkippedTest> SkippedTests)
{
    private static readonly XNamespace TeamTest = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public int Failed => FailedTests.Count;

    public int Skipped => SkippedTests.Count;

    /// <summary>The plain line CI reads: "N passed, N failed" (", N skipped" when any were).</summary>
    public string Line => $"{Passed} passed, {Failed} failed" + (Skipped > 0 ? $", {Skipped} skipped" : "");

    public static TrxSummary Sum(IEnumerable<string> trxPaths)
    {
        var passed = 0;
        var failedTests = new List<string>();
        var skippedTests = new List<SkippedTest>();
        foreach (var path in trxPaths)
        {
            foreach (var result in Load(path).Descendants(TeamTest + "UnitTestResult"))
            {
                var name = (string?)result.Attribute("testName") ?? "(unnamed test)";
                switch ((string?)result.Attribute("outcome"))
                {
                    case "Passed":
                        passed++;
                        break;
                    case "NotExecuted":
                        skippedTests.Add(new SkippedTest(name, Reason(result)));
                        break;
                    case "Failed":
                        failedTests.Add(name);
                        break;
                    case var outcome:
                        failedTests.Add($"{name} ({outcome ?? "no outcome"})");
                        break;
                }
            }
        }
        return new TrxSummary(passed, failedTests, skippedTests);
    }

    private static XDocument Load(string path)
    {
        try
        {
            return XDocument.Load(path);
        }
        catch (System.Xml.XmlException e)
        {
            throw new InvalidDataException($"{path}:{e.LineNumber}: not a readable TRX file ({e.Message}); a test run that crashed may have cut it short.", e);
        }
    }

    // The TRX logger writes a skip's reason as the result's message; older writers put it in StdOut.
    private static string Reason(XElement result)
    {
        var output = result.Element(TeamTest + "Output");
        var reason = (string?)output?.Element(TeamTest + "ErrorInfo")?.Element(TeamTest + "Message")
            ?? (string?)output?.Element(TeamTest + "StdOut");
        return string.IsNullOrWhiteSpace(reason) ? "no reason given" : reason.Trim();
    }
}
